"""A Chatwoot agent bot that answers FAQs and lets replykit decide what it may send alone.

See README.md: ``python -m chatwoot_bot`` (from ``examples/``) serves the webhook.
"""
