/* Plain ES5 on purpose: Office 2016 and 2019 show task panes in Internet Explorer 11 (Trident), which
 * cannot run the add-in. Instead of a blank pane, show Microsoft's advice to upgrade. */
(function () {
  var ua = window.navigator.userAgent;
  if (ua.indexOf("Trident/") === -1 && ua.indexOf("MSIE ") === -1) {
    return;
  }
  window.thiDuaUnsupportedBrowser = true;
  var message =
    '<div id="trident-fallback" style="font-family:Segoe UI,Arial,sans-serif;padding:16px;line-height:1.45">' +
    '<h1 style="font-size:18px;margin:0 0 12px">Thi đua</h1>' +
    '<p lang="vi"><strong>Phần bổ trợ này không chạy được trên phiên bản Office của bạn.</strong> ' +
    "Vui lòng nâng cấp lên Office 2021 (bản mua vĩnh viễn) trở lên, hoặc dùng tài khoản Microsoft 365.</p>" +
    '<p lang="en"><strong>This add-in won\'t run in your version of Office.</strong> ' +
    "Please upgrade either to perpetual Office 2021 (or later) or to a Microsoft 365 account.</p>" +
    "</div>";
  function show() {
    document.body.innerHTML = message;
  }
  if (document.body) {
    show();
  } else {
    document.addEventListener("DOMContentLoaded", show);
  }
})();
