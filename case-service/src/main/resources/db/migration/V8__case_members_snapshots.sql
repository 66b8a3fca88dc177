-- The Case aggregate now keeps its state in members by feature (Parties, Consents, Meetings, ...), so a snapshot
-- taken of its earlier shape no longer reads back. Snapshots are derived data: the next load of each case replays
-- its events (the same events, unchanged) and takes a new snapshot of the new shape.
delete from snapshot_event_entry where type = 'Case';
