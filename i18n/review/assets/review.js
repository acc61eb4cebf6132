"use strict";
(function () {
  var toggle = document.getElementById("only-attention");
  var status = document.getElementById("visible-count");
  var messages = Array.prototype.slice.call(document.querySelectorAll("#messages > .message"));
  function apply() {
    var shown = 0;
    messages.forEach(function (message) {
      var hide = toggle.checked && message.getAttribute("data-attention") !== "true";
      message.hidden = hide;
      if (!hide) { shown += 1; }
    });
    status.textContent = "Showing " + shown + " of " + messages.length + " messages";
  }
  toggle.addEventListener("change", apply);
  apply();
})();
