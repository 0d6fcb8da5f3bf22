// Parses an iCalendar file with Mozilla's ical.js and checks every VEVENT
// has what RFC 5545 requires of ours: UID, DTSTAMP, an all-day DTSTART and
// a DTEND after it, SUMMARY. Usage: node ics.js FILE
"use strict";
const fs = require("fs");
const ICAL = require("ical.js");

const text = fs.readFileSync(process.argv[2], "utf8");
const comp = new ICAL.Component(ICAL.parse(text));
if (comp.name !== "vcalendar") throw new Error("not a VCALENDAR: " + comp.name);
for (const p of ["prodid", "version"]) {
  if (!comp.getFirstPropertyValue(p)) throw new Error("VCALENDAR without " + p.toUpperCase());
}
const uids = new Set();
const vevents = comp.getAllSubcomponents("vevent");
for (const ve of vevents) {
  const ev = new ICAL.Event(ve);
  if (!ev.uid || uids.has(ev.uid)) throw new Error("missing or duplicate UID " + ev.uid);
  uids.add(ev.uid);
  if (!ve.getFirstPropertyValue("dtstamp")) throw new Error(ev.uid + ": no DTSTAMP");
  if (!ev.startDate || !ev.startDate.isDate) throw new Error(ev.uid + ": DTSTART is not an all-day DATE");
  if (!ev.endDate || !ev.endDate.isDate || ev.endDate.compare(ev.startDate) <= 0) {
    throw new Error(ev.uid + ": DTEND missing or not after DTSTART");
  }
  if (!ev.summary) throw new Error(ev.uid + ": no SUMMARY");
}
console.log(`ical.js parsed ${vevents.length} VEVENTs`);
