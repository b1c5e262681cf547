// The task pane's Content-Security-Policy: its own files and the Office.js CDN, nothing else. Village data
// never leaves the machine. Fluent UI injects its styles at run time, hence 'unsafe-inline' for styles only.
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

function contentSecurityPolicy({ dev }) {
  const connect = ["'self'", OFFICE_CDN].concat(dev ? ["wss://localhost:3000"] : []);
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_CDN}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = { contentSecurityPolicy, OFFICE_CDN };
