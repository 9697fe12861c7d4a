// office-addin-mock imports office-addin-manifest only for its OfficeApp host names; this
// stand-in (the same enum values) keeps jest from loading that tool and its dependencies.
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
