// Starts Blazor with a reconnection handler that never gives up: a wall screen must recover alone.
// Network blip → the circuit reconnects. Server restart → the old circuit is gone, so once /healthz
// answers again the page reloads itself and shows live data. While down, html[data-connection=down]
// shows a full-screen overlay (see app.css) whose clock keeps running (dashboard.js).
(() => {
    let current = null;
    const show = (name, text) => {
        current = { name, text };
        document.documentElement.dataset.connection = name;
        const state = document.getElementById("connection-state");
        if (state) state.textContent = text;
        const detail = document.getElementById("connection-overlay-detail");
        if (detail && name === "down") detail.textContent = text;
        document.getElementById("connection-overlay")?.setAttribute("aria-hidden", name === "down" ? "false" : "true");
    };
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    let recovering = false;

    async function recover() {
        if (recovering) return;
        recovering = true;
        show("down", "Connection lost — reconnecting… the data on this screen is not live.");
        for (let attempt = 1; ; attempt++) {
            await sleep(Math.min(1000 * attempt, 5000));
            try {
                if (await Blazor.reconnect()) { recovering = false; show("up", "Live"); return; }
            } catch { /* still down */ }
            try {
                const health = await fetch("/healthz", { cache: "no-store" });
                if (health.ok) { show("down", "Server restarted — reloading…"); location.reload(); return; }
            } catch { /* server unreachable: keep trying */ }
        }
    }

    Blazor.start({
        circuit: {
            reconnectionHandler: {
                onConnectionDown: () => { recover(); },
                onConnectionUp: () => { recovering = false; show("up", "Live"); },
            },
        },
    }).then(() => {
        show("up", "Live");
        // A link followed before the router is interactive goes through enhanced navigation, whose DOM merge
        // resets the server-rendered "Connecting…" state: the circuit is still up, so put the state back.
        Blazor.addEventListener("enhancedload", () => { if (current) show(current.name, current.text); });
    });
})();
