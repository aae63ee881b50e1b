#!/usr/bin/env python3
"""Adds a campaign of CENTRES centres holding ACTIONS closed local actions (three targets
each, computed indicators) to the bench database, freezes its report through the portal and
prints the campaign's id and the frozen report's id.

Usage: bench_big_campaign.py PORT DB_PATH COOKIE CENTRES ACTIONS
"""
import http.client
import sqlite3
import sys
import time
import urllib.parse

port, db_path, cookie = sys.argv[1], sys.argv[2], sys.argv[3]
centres, actions = int(sys.argv[4]), int(sys.argv[5])
db = sqlite3.connect(db_path, timeout=30)
now = int(time.time() * 1000)
places = [row[0] for row in db.execute("SELECT id FROM neighbourhoods ORDER BY id")]
orgs = [row[0] for row in db.execute("SELECT id FROM organisations ORDER BY id LIMIT 200")]
kinds = ["gathering", "class", "counselling", "screening", "other"]
cur = db.cursor()
cur.execute(
    "INSERT INTO campaigns (name, starts_on, ends_on, goals, search_text, created_at) "
    "VALUES (?, '2026-02-18', '2026-03-19', ?, ?, ?)",
    ("Bench campaign", "Five thousand actions in five hundred centres.", "bench campaign", now),
)
campaign = cur.lastrowid
for source, weight in [("actions_held", 30), ("targets_met", 30), ("people_reached", 20),
                       ("reports_on_time", 20)]:
    cur.execute(
        "INSERT INTO campaign_indicators (campaign_id, name, source, weight, scale, created_at) "
        "VALUES (?, ?, ?, ?, 10, ?)", (campaign, source, source, weight, now))
centre_ids = []
for i in range(centres):
    cur.execute(
        "INSERT INTO centres (name, kind, neighbourhood_id, organisation_id, search_text, "
        "created_at, updated_at) VALUES (?, 'neighbourhood_centre', ?, ?, ?, ?, ?)",
        (f"Bench centre {i}", places[i % len(places)], orgs[i % len(orgs)], f"bench centre {i}",
         now, now))
    centre_ids.append((cur.lastrowid, places[i % len(places)], orgs[i % len(orgs)]))
for n in range(actions):
    centre, place, org = centre_ids[n % centres]
    day = f"2026-03-{1 + n % 18:02d}"
    closed_at = now - (n % 40) * 86_400_000
    cur.execute(
        "INSERT INTO local_actions (title, kind, centre_id, organisation_id, neighbourhood_id, "
        "campaign_id, held_on, state, attendance, account, closed_at, search_text, created_at, "
        "in_reports) VALUES (?, ?, ?, ?, ?, ?, ?, 'closed', ?, ?, ?, ?, ?, ?)",
        (f"Bench action {n}", kinds[n % 5], centre, org, place, campaign, day, 20 + n % 50,
         "Held as planned; the neighbours came and stayed for the talk.", closed_at,
         f"bench action {n}", now, 1 if n % 200 == 0 else 0))
    action = cur.lastrowid
    for position, (measure, target) in enumerate([("participants", 40), ("households", 15),
                                                  ("referrals", 5)]):
        cur.execute(
            "INSERT INTO action_targets (action_id, position, measure, target, achieved) "
            "VALUES (?, ?, ?, ?, ?)", (action, position, measure, target, target * (n % 7) // 5))
db.commit()

conn = http.client.HTTPConnection("127.0.0.1", int(port))
headers = {
    "Content-Type": "application/x-www-form-urlencoded",
    "Cookie": cookie,
    "Origin": f"http://127.0.0.1:{port}",
    "Accept": "application/json",
}
started = time.time()
conn.request("POST", "/api/freeze_report",
             urllib.parse.urlencode({"campaign": campaign, "confirm": "1"}), headers)
response = conn.getresponse()
response.read()
assert response.status < 400, f"freezing answered {response.status}"
took = time.time() - started
(report,) = db.execute("SELECT MAX(id) FROM frozen_reports WHERE campaign_id = ?",
                       (campaign,)).fetchone()
print(f"campaign {campaign}: {centres} centres, {actions} actions; report {report} frozen in "
      f"{took * 1000:.0f} ms", file=sys.stderr)
print(campaign, report)
