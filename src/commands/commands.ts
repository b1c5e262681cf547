// The ribbon's function file: the only command opens the task pane (declared in manifest.xml), so this
// page just tells Office it is ready.
if (typeof Office !== "undefined") {
  void Office.onReady();
}
