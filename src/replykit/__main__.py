"""python -m replykit: the command line."""

from replykit.cli import main

raise SystemExit(main())
