// Example client of the Dashboard hub (/hubs/news). Feed content is untrusted: it is only ever written
// with textContent, and links are made only for http(s) URLs.
"use strict";
(() => {
  const status = document.getElementById("status");
  const error = document.getElementById("error");
  const headlines = document.getElementById("headlines");
  const form = document.getElementById("subscribe");

  // Raw articlesAdded payloads and subscription results, for tests and for poking at in the console.
  window.received = [];
  window.subscriptions = [];
  let current = null; // { topic, perspectives } the user asked for; re-sent after a reconnect

  const connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/news")
    .withAutomaticReconnect()
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  window.hubConnection = connection;

  connection.on("articlesAdded", payload => {
    window.received.push(payload);
    for (const article of payload.articles) headlines.prepend(renderArticle(payload.topic, article));
  });
  // A new connection has a new id and no subscriptions on the server: subscribe again.
  connection.onreconnecting(() => setStatus("reconnecting…"));
  connection.onreconnected(() => { setStatus("connected"); if (current) subscribe(current); });
  connection.onclose(() => { setStatus("disconnected; retrying in 5 s"); setTimeout(start, 5000); });

  form.addEventListener("submit", event => {
    event.preventDefault();
    const perspectives = document.getElementById("perspectives").value
      .split(",").map(p => p.trim()).filter(p => p.length > 0);
    current = { topic: document.getElementById("topic").value.trim(), perspectives };
    if (connection.state === signalR.HubConnectionState.Connected) subscribe(current);
    else setStatus("not connected yet: will subscribe once connected");
  });

  async function start() {
    try {
      await connection.start();
      setStatus("connected");
      if (current) await subscribe(current);
    } catch (e) {
      // withAutomaticReconnect covers drops after a first connect only; the first connect is retried here.
      setStatus("could not connect (" + e.message + "); retrying in 5 s");
      setTimeout(start, 5000);
    }
  }

  async function subscribe({ topic, perspectives }) {
    error.textContent = "";
    try {
      const accepted = await connection.invoke("Subscribe", topic, perspectives.length ? perspectives : null);
      window.subscriptions.push(accepted);
      setStatus("subscribed to " + accepted.topic + " (" + (accepted.perspectives ? accepted.perspectives.join(", ") : "all perspectives") + ")");
    } catch (e) {
      error.textContent = e.message; // the hub's message, e.g. "hub: unknown topic 'x' (known: …)"
    }
  }

  function renderArticle(topic, article) {
    const item = document.createElement("li");
    item.dataset.perspective = article.perspectiveId;
    item.dataset.topic = topic;
    const link = safeHttpUrl(article.link);
    const title = document.createElement(link ? "a" : "span");
    title.textContent = article.title;
    if (link) { title.href = link; title.rel = "noopener noreferrer"; title.target = "_blank"; }
    const meta = document.createElement("span");
    meta.className = "meta";
    meta.textContent = " — " + (article.outlet ?? "unknown outlet") + " · " + article.perspectiveId
      + " · " + new Date(article.sortAt).toLocaleString();
    item.append(title, meta);
    return item;
  }

  function safeHttpUrl(value) {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch {
      return null;
    }
  }

  function setStatus(text) { status.textContent = text; }

  start();
})();
