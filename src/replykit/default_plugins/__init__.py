"""Built-in plugins, one module each; registered by name from replykit.plugins.DEFAULT_PLUGINS."""
