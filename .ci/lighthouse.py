"""Runs Lighthouse on each page given as "kind path [cookie]", prints one line per page and
exits non-zero when a page misses its figures (issue 14)."""
import json
import os
import subprocess
import sys

# kind: (least performance, least accessibility, most JS + WASM bytes, most blocking ms)
# Bytes are KiB, as Lighthouse counts them.
LIMITS = {
    "visitor": (0.95, 1.0, 60 * 1024, 100),
    "board": (0.90, 1.0, 250 * 1024, None),
    "form": (0.90, 1.0, 150 * 1024, None),
}


def audit(base, out, path, cookie):
    report = os.path.join(out, "lh.json")
    flags = "--headless=new --no-sandbox --disable-gpu --no-first-run"
    cmd = [
        "lighthouse", base + path, "--quiet", "--output=json", f"--output-path={report}",
        "--only-categories=performance,accessibility", f"--chrome-flags={flags}",
    ]
    if cookie:
        cmd.append("--extra-headers=" + json.dumps({"Cookie": cookie}))
    subprocess.run(cmd, check=True, env={**os.environ})
    with open(report, encoding="utf-8") as f:
        return json.load(f)


def main():
    base, out, pages = sys.argv[1], sys.argv[2], sys.argv[3:]
    failed = []
    print(f"{'page':32} {'perf':>5} {'a11y':>5} {'TBT ms':>7} {'LCP s':>6} {'CLS':>5} {'SI s':>5} {'JS+WASM B':>10}")
    for page in pages:
        kind, path, *rest = page.split(" ", 2)
        r = audit(base, out, path, rest[0] if rest else None)
        perf = r["categories"]["performance"]["score"]
        a11y = r["categories"]["accessibility"]["score"]
        tbt = r["audits"]["total-blocking-time"]["numericValue"]
        lcp = r["audits"]["largest-contentful-paint"]["numericValue"] / 1000
        items = r["audits"]["network-requests"]["details"]["items"]
        code = sum(
            i.get("transferSize", 0) for i in items
            if i.get("resourceType") == "Script" or i["url"].split("?")[0].endswith(".wasm")
        )
        cls = r["audits"]["cumulative-layout-shift"]["numericValue"]
        si = r["audits"]["speed-index"]["numericValue"] / 1000
        print(f"{path:32} {perf:5.2f} {a11y:5.2f} {tbt:7.0f} {lcp:6.2f} {cls:5.3f} {si:5.2f} {code:10d}")
        least_perf, least_a11y, most_code, most_tbt = LIMITS[kind]
        if perf < least_perf or a11y < least_a11y or code > most_code or (most_tbt and tbt > most_tbt):
            failed.append(path)
    if failed:
        print("missed the figures:", " ".join(failed))
        sys.exit(1)


main()
