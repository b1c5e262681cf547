/* Plain ES5 on purpose: it must run in every engine Office shows task panes in. `syntax-probe.js`, loaded
 * just before, sets `thiDuaSyntaxOk` only where the bundle's syntax parses; where it does not (EdgeHTML in
 * retail Office 2016/2019 and older Microsoft 365 builds on Windows 10, Internet Explorer 11 in
 * volume-licensed Office 2016/2019), this says what to do instead of leaving a blank pane. */
(function () {
  var ua = window.navigator.userAgent;
  var trident = ua.indexOf("Trident/") !== -1 || ua.indexOf("MSIE ") !== -1;
  if (window.thiDuaSyntaxOk === true && !trident) {
    return;
  }
  window.thiDuaUnsupportedBrowser = true;
  var message =
    '<div id="trident-fallback" style="font-family:Segoe UI,Arial,sans-serif;padding:16px;line-height:1.45">' +
    '<h1 style="font-size:18px;margin:0 0 12px">Thi đua</h1>' +
    '<p lang="vi"><strong>Phần bổ trợ này không chạy được trên phiên bản Office của bạn.</strong> ' +
    "Office đang hiển thị ngăn tác vụ bằng trình duyệt cũ. Cách khắc phục: cài Microsoft Edge WebView2 Runtime " +
    "(miễn phí, tải tại go.microsoft.com/fwlink/p/?LinkId=2124703), đóng hẳn Excel rồi mở lại; " +
    "nếu vẫn không được, hãy nâng cấp lên Office 2021 (bản mua vĩnh viễn) trở lên hoặc dùng tài khoản Microsoft 365, " +
    "hoặc dùng Excel trên web.</p>" +
    '<p lang="en"><strong>This add-in won\'t run in your version of Office.</strong> ' +
    "Office shows task panes in an old browser here. To fix it: install the Microsoft Edge WebView2 Runtime " +
    "(free, from go.microsoft.com/fwlink/p/?LinkId=2124703), close Excel completely and open it again; " +
    "if that does not help, please upgrade either to perpetual Office 2021 (or later) or to a Microsoft 365 account, " +
    "or use Excel on the web.</p>" +
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
