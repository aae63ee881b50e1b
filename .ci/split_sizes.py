"""Prints, for each lazy split point of the current build's manifest, the brotli bytes of the
WASM files it fetches (its own and the shared chunks it needs)."""
import glob
import json
import os
import subprocess
import sys

pkg = sys.argv[1]
manifests = glob.glob(os.path.join(pkg, "__wasm_split_manifest.*.json"))
if not manifests:
    sys.exit(0)
with open(manifests[0], encoding="utf-8") as f:
    manifest = json.load(f)


def brotli(path):
    out = subprocess.run(["brotli", "-c", "-q", "11", path], capture_output=True, check=True)
    return len(out.stdout)


for split, files in sorted(manifest.items()):
    sizes = [brotli(os.path.join(pkg, name + ".wasm")) for name in files]
    name = split.rsplit("_", 1)[0].removesuffix("_loader")
    print(f"{'lazy ' + name:60} {len(files)} files, brotli {sum(sizes):8d}")
