-- Whether a call in progress is being recorded (set and cleared on the CTI Server's confirmation of
-- START_RECORDING / STOP_RECORDING, which cause no event), and the device that made it a conference, which alone may
-- clear it for everyone or drop a party. The history keeps when recording ran as timeline entries.
ALTER TABLE active_call ADD COLUMN recording BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE active_call ADD COLUMN conference_controller VARCHAR(64);
