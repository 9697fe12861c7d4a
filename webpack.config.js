// Webpack for the add-in (after the OfficeDev Excel-Custom-Functions-Shared template):
// taskpane.html loads functions.js and taskpane.js in one shared runtime; functions.json is
// generated from the JSDoc of the custom functions; manifest.xml and the icons are copied, the
// manifest's URLs rewritten to the production base URL in production mode.
//
// A second page, workbench.html (src/workbench), hosts the same task pane beside an in-memory
// workbook for demos and end-to-end tests; the example workbook is copied to examples/ for it.
// `webpack serve --env workbench` serves only the workbench, over http on port 3001 (no Office,
// so no certificate): see scripts/start.js.
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_BASE_URL, productionBaseUrl, rewriteManifestUrls } = require("./scripts/manifest-urls");
const { FUNCTION_FILES } = require("./scripts/function-files");

const DEV_SERVER_PORT = Number(process.env.npm_package_config_dev_server_port) || 3000;
const WORKBENCH_PORT = Number(process.env.CX_WORKBENCH_PORT) || 3001;

/** https options for the dev server: the trusted Office dev certificate when it can be had. */
async function httpsServer() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca, key, cert } };
  } catch (err) {
    console.warn(
      `[cx] Office dev certificates unavailable (${err instanceof Error ? err.message.split("\n")[0] : err}); ` +
        "serving https with a self-signed certificate instead. Office will not trust it until you trust it " +
        "in the browser or run `npx office-addin-dev-certs install`.",
    );
    return "https";
  }
}

/** TypeScript through ts-loader (type errors are the typecheck script's job). */
function tsRule(dev) {
  return {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    use: {
      loader: "ts-loader",
      options: {
        transpileOnly: true,
        configFile: path.resolve(__dirname, "tsconfig.json"),
        compilerOptions: { sourceMap: dev },
      },
    },
  };
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  // Only the workbench (webpack serve --env workbench): no add-in files, plain http.
  const workbenchOnly = Boolean(env && env.workbench);
  const prodBaseUrl = dev || workbenchOnly ? undefined : productionBaseUrl(); // fail fast with a clear message

  const workbenchPage = [
    new HtmlWebpackPlugin({
      filename: "workbench.html",
      template: "./src/workbench/workbench.html",
      chunks: ["workbench"],
    }),
  ];
  const examplesForWorkbench = { from: "examples/retail-orders.xlsx", to: "examples/retail-orders.xlsx" };

  if (workbenchOnly) {
    return {
      mode: dev ? "development" : "production",
      devtool: dev ? "source-map" : false,
      entry: { workbench: "./src/workbench/index.tsx" },
      // Served from memory; a build (webpack --env workbench) goes to build/workbench, leaving dist/ alone.
      output: { path: path.resolve(__dirname, "build", "workbench"), filename: "[name].js", clean: true },
      resolve: { extensions: [".ts", ".tsx", ".js"] },
      module: { rules: [tsRule(dev)] },
      plugins: [
        ...workbenchPage,
        new CopyWebpackPlugin({ patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }, examplesForWorkbench] }),
      ],
      performance: { hints: false },
      devServer: {
        port: WORKBENCH_PORT,
        server: "http",
        static: false,
        // http://localhost:3001/ shows the workbench too.
        historyApiFallback: { index: "/workbench.html" },
      },
    };
  }

  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      workbench: "./src/workbench/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js", // functions.js at the root of dist, where the manifest points
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [tsRule(dev)],
    },
    plugins: [
      // Writes functions.json and appends CustomFunctions.associate calls to the listed files.
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: FUNCTION_FILES.map((file) => `./${file}`),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the custom functions run in the task pane page; register them first.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      ...workbenchPage,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: dev ? undefined : (content) => rewriteManifestUrls(content.toString(), DEV_BASE_URL, prodBaseUrl),
          },
          examplesForWorkbench,
        ],
      }),
    ],
    performance: {
      // Fluent UI and React make a large but single-load task pane bundle.
      hints: dev ? false : "warning",
      maxEntrypointSize: 2_000_000,
      maxAssetSize: 2_000_000,
    },
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false, // everything is served from the compilation, including copied assets
      server: serving ? await httpsServer() : "https",
    },
  };
};
