"""The invented demo data set's scenarios (``liaison-desk demo``; loaded by ``app.services.admin.demo``).

``requests``: requests in every direction and state; ``records``: directory entries, subjects,
observations, information items, disclosures and documents. Everything is invented and says so.
"""
