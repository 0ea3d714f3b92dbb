"""Field kits: take cases to a port on a laptop, bring the work back (nothing lost, nothing
doubled, every conflict shown).

- ``prepare``: at the desk, a kit of chosen requests and subjects (encrypted, signed), and the
  desk's record of it ("in the field: kit K since DATE").
- ``field``: on the laptop, the field desk opened from a kit, and the return it writes.
- ``merge``: at the desk, a return merged all or nothing, idempotent, conflicts kept.
- ``conflicts``: kits and conflicts as the officer reads them; resolving a conflict.
- ``records`` and ``fileformat``: how rows travel (by identity) and the file itself.
"""
