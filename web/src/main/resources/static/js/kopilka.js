// Sends the CSRF token with every htmx request, so hx-post/put/delete pass Spring Security's CSRF check.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Buttons marked data-print print the page (the offer sheet); a listener, not an onclick attribute, because the
// Content-Security-Policy allows no inline script.
document.addEventListener('click', function (event) {
  var button = event.target.closest && event.target.closest('[data-print]');
  if (button) {
    window.print();
  }
});
