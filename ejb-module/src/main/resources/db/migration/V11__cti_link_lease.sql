-- The CTI link's lease in a cluster: one row, which the servers of a cluster take and renew by compare-and-set. It
-- lives in the shared database, not in the data grid, because the grid can split and heal: a server paused past its
-- lease came back in a grid of its own, took a second "token 3" there, and the merge could end the live holder's lease.
-- The database has one truth for all of them. No clock is stored: a candidate takes the lease when it has seen the
-- renewal count stand still for a whole lease on its own clock, or at once when the row says nobody holds it.
CREATE TABLE cti_link_lease (
    lease_key  VARCHAR(16)  NOT NULL PRIMARY KEY,
    token      BIGINT       NOT NULL,
    renewals   BIGINT       NOT NULL,
    member     VARCHAR(64),
    holder_url VARCHAR(512)
);
INSERT INTO cti_link_lease (lease_key, token, renewals, member, holder_url) VALUES ('cti-link', 0, 0, NULL, NULL);
