// The demo brand page's own script: its "Chat with us" button opens the widget, and the page says
// so when the widget did not appear (the chat service is down, say).
const status = document.querySelector('[data-test="demo-status"]');
const openChat = document.querySelector('[data-test="demo-open-chat"]');

function widget() {
	return document.getElementById('reachback-chat');
}

openChat.addEventListener('click', () => {
	const host = widget();
	if (host) {
		host.dispatchEvent(new CustomEvent('reachback:open'));
	}
	else {
		status.textContent = 'The chat is not available right now. Please try again later.';
	}
});

window.addEventListener('load', () => {
	setTimeout(() => {
		const host = widget();
		if (!host || host.dataset.state !== 'ready') {
			status.textContent = 'The chat could not be loaded. Please try again later.';
		}
	}, 5000);
});
