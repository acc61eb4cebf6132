from i18n.cli import main

main()
