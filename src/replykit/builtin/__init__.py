"""The built-in plugins, one package each (registered from ``replykit.plugins.DEFAULT_PLUGINS``).

In a plugin's package, ``__init__`` holds the hooks and returns the rules; each rule is one
module with its ``rule(...)`` declaration, examples and detector; helpers shared by several
rules of the plugin live in one module of the package.
"""
