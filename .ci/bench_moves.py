#!/usr/bin/env python3
"""Card moves under contention: MOVERS people each move their own task round the tasks' lane
(to do → doing → done → to do) as fast as the server answers, all on one board, for SECONDS.

Prints moves/s and p50/p99 of a move, then checks that nothing was lost: every card's version
in the database is one more than the moves its mover saw succeed, no move failed, and the
server's log never says "database is locked".

Usage: bench_moves.py PORT DB_PATH SERVER_LOG COOKIE [MOVERS] [SECONDS]
"""
import http.client
import sqlite3
import sys
import threading
import time
import urllib.parse

port, db_path, log_path, cookie = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
movers = int(sys.argv[5]) if len(sys.argv) > 5 else 50
seconds = float(sys.argv[6]) if len(sys.argv) > 6 else 10
board = 1
origin = f"http://127.0.0.1:{port}"
lanes = ["doing", "done", "todo"]


def post(conn, endpoint, fields):
    body = urllib.parse.urlencode(fields)
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": cookie,
        "Origin": origin,
    }
    conn.request("POST", f"/api/{endpoint}", body, headers)
    response = conn.getresponse()
    response.read()
    return response.status


setup = http.client.HTTPConnection("127.0.0.1", int(port))
prefix = f"bench-{int(time.time())}-"
for i in range(movers):
    status = post(setup, "create_board_task", {"board": board, "title": f"{prefix}{i}"})
    assert status < 400, f"creating a task answered {status}"
db = sqlite3.connect(db_path)
cards = [
    (card_id, version)
    for card_id, version in db.execute(
        "SELECT id, version FROM board_cards WHERE title LIKE ? ORDER BY id", (prefix + "%",)
    )
]
assert len(cards) == movers, f"expected {movers} tasks, found {len(cards)}"

done = {}
failures = []
latencies = []
lock = threading.Lock()
start = threading.Event()


def mover(card_id, version):
    conn = http.client.HTTPConnection("127.0.0.1", int(port))
    moves, mine = 0, []
    start.wait()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        to = lanes[moves % 3]
        began = time.monotonic()
        status = post(conn, "move_board_card", {"board": board, "card": card_id, "version": version, "to": to})
        mine.append(time.monotonic() - began)
        if status >= 400:
            with lock:
                failures.append((card_id, status))
            break
        moves += 1
        version += 1
    with lock:
        done[card_id] = moves
        latencies.extend(mine)


threads = [threading.Thread(target=mover, args=card) for card in cards]
for t in threads:
    t.start()
began = time.monotonic()
start.set()
for t in threads:
    t.join()
elapsed = time.monotonic() - began

total = sum(done.values())
latencies.sort()
pct = lambda p: latencies[min(len(latencies) - 1, int(len(latencies) * p))] * 1000 if latencies else 0
print(f"card moves   {movers} movers, {seconds:.0f}s   {total / elapsed:8.1f} moves/s   "
      f"p50 {pct(0.50):6.1f}ms   p99 {pct(0.99):6.1f}ms")

lost = []
for (card_id, version0) in cards:
    (now,) = db.execute("SELECT version FROM board_cards WHERE id = ?", (card_id,)).fetchone()
    if now != version0 + done.get(card_id, 0):
        lost.append((card_id, version0, done.get(card_id), now))
with open(log_path, encoding="utf-8", errors="replace") as log:
    locked = sum("database is locked" in line for line in log)
print(f"failed moves: {len(failures)}   lost moves: {len(lost)}   'database is locked': {locked}")
if failures or lost or locked:
    print("failures:", failures[:5], "lost:", lost[:5])
    sys.exit(1)
