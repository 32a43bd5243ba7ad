-- Issue 15 point 2: an officer who signs in on the page with the municipality's identity provider gets a session, and
-- a session is a credential like a token: a row here with the SHA-256 of the cookie's secret, the person (issuer and
-- subject, or the claim the municipality chose), an expiry and a revocation (sign-out, or an admin at once). So every
-- approval, four-eyes check, "last used" and access review treats it as one more credential of that person.
-- A session also expires after 30 minutes without use; PgTokenStore reads that with the database's clock.
ALTER TABLE tokens ADD COLUMN sessie boolean NOT NULL DEFAULT false;
ALTER TABLE tokens ADD CHECK (NOT sessie OR role = 'finance-officer');

-- A person from an identity provider is '<issuer>#<subject>': longer than an employee number and with ':' and '/'.
-- Printable ASCII without spaces, at most 300 characters; tokens made through the API keep their stricter rule (Tokens).
ALTER TABLE tokens DROP CONSTRAINT tokens_persoon_check;
ALTER TABLE tokens ADD CONSTRAINT tokens_persoon_check CHECK (length(persoon) BETWEEN 1 AND 300 AND persoon ~ '^[!-~]+$');
