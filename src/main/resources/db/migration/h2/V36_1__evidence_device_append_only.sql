-- The link from an evidence item to its device and a device's status history are never changed or removed.
create trigger evidence_item_device_no_update before update on evidence_item_device for each row call 'org.sanxiang.evidence.AppendOnlyTrigger';
create trigger evidence_item_device_no_delete before delete on evidence_item_device for each row call 'org.sanxiang.evidence.AppendOnlyTrigger';
create trigger recording_device_status_no_update before update on recording_device_status for each row call 'org.sanxiang.evidence.AppendOnlyTrigger';
create trigger recording_device_status_no_delete before delete on recording_device_status for each row call 'org.sanxiang.evidence.AppendOnlyTrigger';
