// The print buttons of minutes, certificates, service records and reports: shown and wired
// here, by a same-origin script our Content-Security-Policy allows, so those pages fetch no
// WASM. Without script the buttons stay hidden and the browser's own print does the same.
for (const button of document.querySelectorAll("button[data-print]")) {
  button.addEventListener("click", () => window.print());
  button.hidden = false;
}
