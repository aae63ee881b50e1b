#!/usr/bin/env python3
"""Fills a working group's board with tasks until it holds COUNT cards, for timing a big board.

Usage: bench_big_board.py PORT DB_PATH COOKIE BOARD COUNT
"""
import http.client
import sqlite3
import sys
import urllib.parse

port, db_path, cookie = sys.argv[1], sys.argv[2], sys.argv[3]
board, count = int(sys.argv[4]), int(sys.argv[5])
db = sqlite3.connect(db_path)
(have,) = db.execute("SELECT COUNT(*) FROM board_cards WHERE working_group_id = ?", (board,)).fetchone()
conn = http.client.HTTPConnection("127.0.0.1", int(port))
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
    "Cookie": cookie,
    "Origin": f"http://127.0.0.1:{port}",
}
for i in range(have, count):
    fields = {"board": board, "title": f"Task {i} of the big board", "due_on": "1405/12/10"}
    conn.request("POST", "/api/create_board_task", urllib.parse.urlencode(fields), headers)
    response = conn.getresponse()
    response.read()
    assert response.status < 400, f"creating a task answered {response.status}"
(now,) = db.execute("SELECT COUNT(*) FROM board_cards WHERE working_group_id = ?", (board,)).fetchone()
print(f"board {board}: {now} cards")
