// Browser helpers for the Blazor views. No feed content ever passes through here.
window.dashboard = (() => {
    let layout = null;
    const clock = () => {
        const text = new Date().toISOString().slice(11, 19) + " UTC";
        document.querySelectorAll("[data-clock]").forEach((e) => { e.textContent = text; e.dateTime = new Date().toISOString(); });
    };
    // The clock runs in the browser, so it keeps going while the server connection is down.
    setInterval(clock, 1000);
    document.addEventListener("DOMContentLoaded", clock);
    return {
        registerLayout: (ref) => { layout = ref; clock(); },
        rememberTheme: (name, value) => { document.cookie = `${name}=${value}; path=/; max-age=31536000; SameSite=Lax`; },
        // How many axis labels of this many characters fit side by side in the element at its chart font size.
        labelsThatFit: (element, characters) => {
            if (!element || characters <= 0) return 0;
            const fontSize = parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.8; // .mud-chart text: .75–.8rem
            return Math.floor(element.getBoundingClientRect().width / (fontSize * (characters * 0.62 + 2)));
        },
        // Reading the cards: scrolled down, or the cards' list already reaches the upper half of the screen.
        isScrolledDown: () => {
            const cards = document.getElementById("cards");
            return window.scrollY > 300 || (cards !== null && window.scrollY > 0 && cards.getBoundingClientRect().top < innerHeight / 2);
        },
        scrollToCards: () => document.getElementById("cards")?.scrollIntoView({ behavior: "smooth" }),
        copy: async (text) => {
            try { await navigator.clipboard.writeText(text); return true; } catch { return false; }
        },
        toggleHelp: () => layout?.invokeMethodAsync("ToggleHelpAsync"),
        toggleKiosk: () => {
            const url = new URL(location.href);
            if (url.searchParams.get("kiosk") === "1") url.searchParams.delete("kiosk"); else url.searchParams.set("kiosk", "1");
            Blazor.navigateTo(url.pathname + url.search);
        },
    };
})();

document.addEventListener("keydown", (e) => {
    const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(e.target.tagName));
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "/") { const search = document.getElementById("view-search"); if (search) { e.preventDefault(); search.focus(); } }
    else if (e.key === "?") { e.preventDefault(); window.dashboard.toggleHelp(); }
    else if (e.key === "k") { window.dashboard.toggleKiosk(); }
});
