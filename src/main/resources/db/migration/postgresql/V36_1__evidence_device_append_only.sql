-- The link from an evidence item to its device and a device's status history are never changed or removed.
create trigger evidence_item_device_no_update before update or delete on evidence_item_device
    for each row execute function evidence_append_only();
create trigger recording_device_status_no_update before update or delete on recording_device_status
    for each row execute function evidence_append_only();
