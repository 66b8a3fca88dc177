-- One database per service: no service reads another's tables. Runs once, on an empty data volume.
create database intake;
create database cases;
