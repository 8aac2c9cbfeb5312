-- Evidence may also live in an S3-compatible bucket (xianfeng.evidence.store=s3); the row keeps no bytes then.
alter table evidence_files drop constraint evidence_files_storage_check;
alter table evidence_files add constraint evidence_files_storage_check check (storage in ('DATABASE', 'FILESYSTEM', 'S3'));
