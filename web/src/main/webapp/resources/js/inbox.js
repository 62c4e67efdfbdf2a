/* The live counts of the top bar (N2, N3): the page's <f:websocket channel="inbox"> calls these.
   The socket says when it is open on the page's root element (data-inbox="open"), so that a test,
   or a style, can tell that the counts now follow without a reload. */
function inboxSocketOpened() {
    document.documentElement.setAttribute("data-inbox", "open");
}

function inboxSocketClosed() {
    document.documentElement.setAttribute("data-inbox", "closed");
}
