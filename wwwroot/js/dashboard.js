// Browser helpers for the Blazor views. No feed content ever passes through here.
window.dashboard = {
    isScrolledDown: () => window.scrollY > 300,
    scrollToCards: () => document.getElementById("cards")?.scrollIntoView({ behavior: "smooth" }),
    copy: async (text) => {
        try { await navigator.clipboard.writeText(text); return true; } catch { return false; }
    },
    toggleHelp: () => {
        const help = document.getElementById("shortcuts-help");
        if (!help) return;
        if (help.open) help.close(); else help.showModal();
    },
    toggleKiosk: () => {
        const url = new URL(location.href);
        if (url.searchParams.get("kiosk") === "1") url.searchParams.delete("kiosk"); else url.searchParams.set("kiosk", "1");
        Blazor.navigateTo(url.pathname + url.search);
    },
};

document.addEventListener("keydown", (e) => {
    const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(e.target.tagName));
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "/") { const search = document.getElementById("view-search"); if (search) { e.preventDefault(); search.focus(); } }
    else if (e.key === "?") { e.preventDefault(); window.dashboard.toggleHelp(); }
    else if (e.key === "k") { window.dashboard.toggleKiosk(); }
});
