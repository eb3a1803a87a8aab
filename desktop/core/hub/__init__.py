"""Team sync through a PostgreSQL hub: pure sync rules (protocol), the hub's schema (schema), the store's side
(local) and the client (client); import the client lazily, since it needs psycopg."""

from desktop.core.hub.protocol import Clock, HubRevision, InvalidRevision, conflicts, validate_revision, winner

__all__ = ["Clock", "HubRevision", "InvalidRevision", "conflicts", "validate_revision", "winner"]
