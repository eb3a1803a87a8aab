"""Sub-commands of ``hamish``, grouped by what they work on; each module has ``register(subparsers)``."""
