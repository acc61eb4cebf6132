from i18n.entry import main

main()
