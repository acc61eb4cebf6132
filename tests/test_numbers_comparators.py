"""Bounds and comparators turned over, language by language (fr, de, es, ru, ja): a negation on
both sides, a Japanese comparator after the number, a range against bounds, an identifier or a
placeholder bounded, a multiplier's direction, an extreme named without a number. Each kind right
and wrong; each row runs as a singular entry, as the many-values form of a plural entry and
silenced by its ignore flag (see tests/checks_support.py)."""

from __future__ import annotations

import pytest

from tests.checks_support import MODES, assert_check_table

CHANGED = "number-changed"

CASES = [
    # A plain comparator dropped where no word near the translation's number might bound it.
    ("Your password must be at least 12 characters long and contain at least 2 digits.",
     "Ihr Passwort muss mindestens 12 Zeichen lang sein und zwei Ziffern enthalten.", "de", ["2"]),
    ("Your password must be at least 12 characters long and contain at least 2 digits.",
     "Ihr Passwort muss mindestens 12 Zeichen lang sein und mindestens zwei Ziffern enthalten.", "de", []),
    ("Up to 4 simultaneous downloads are allowed.", "Se permiten 4 descargas simultáneas.", "es", ["4"]),
    ("Up to 4 simultaneous downloads are allowed.", "Se permiten hasta 4 descargas simultáneas.", "es", []),
    ("Gusts of up to 90 km/h are expected.", "Des rafales pouvant atteindre 90 km/h sont attendues.", "fr", []),
    ("Password must be at least 8 and at most 64 characters long.", "Le mot de passe doit comporter entre 8 et 64 caractères.",
     "fr", []),
    ("That page number is less than 1", "El número de página es menor a 1", "es", []),
    ("The bins' proportions sum up to 1.", "Les proportions des classes ont pour somme 1.", "fr", []),
    ("The lynx now number more than 1,600, spread over 20 areas.", "Die Luchse zählen über 1.600, verteilt auf 20 Gebiete.",
     "de", []),
    ("A gain of 4 points over 2019.", "Une progression de 4 points par rapport à 2019.", "fr", []),
    ("At the start of a rise over 15 years", "Au début d’une hausse sur 15 ans", "fr", []),
    ("more than 300 leopards", "more than 300 leopards", "de", []),
    ("No more than two levels of subentry are allowed.", "Seuls deux niveaux de sous-entrée sont autorisés.", "fr", []),
    ("Cancel at least 24 hours before your trial ends.", "Kündigen Sie spätestens 24 Stunden vor Ende des Testzeitraums.",
     "de", []),
    ("It is the highest rate in more than forty years.", "40年余りで最も高い水準となった。", "ja", []),
    ("It needs at least 2 GB of memory.", "2GBのメモリが必要です。", "ja", ["2"]),
    ("It needs at least 2 GB of memory.", "2GB以上のメモリが必要です。", "ja", []),
    # Ages: "older than 90 days" is at least 90 days old; "nicht älter als" turns "älter als" over.
    ("Deleted %d messages older than 90 days.", "%d messages de moins de 90 jours supprimés.", "fr", ["90"]),
    ("Deleted %d messages older than 90 days.", "%d messages de plus de 90 jours supprimés.", "fr", []),
    ("Deleted %d messages older than 90 days.", "90 日以内のメッセージ %d 件を削除しました。", "ja", ["90"]),
    ("Deleted %d messages older than 90 days.", "90日より古いメッセージ%d件を削除しました。", "ja", []),
    ("Log files newer than 7 days are compressed.", "Les fichiers journaux de plus de 7 jours sont compressés.", "fr",
     ["7"]),
    ("The email is no more than 24 hours old.", "Die E-Mail ist nicht älter als 24 Stunden.", "de", []),
    ("The email is no more than 24 hours old.", "Die E-Mail ist älter als 24 Stunden.", "de", ["24"]),
    ("Requires version 2.0 or older.", "Nécessite la version 2.0 ou antérieure.", "fr", []),
    # "ab" and "dès" are floors; Japanese "近い" says nearly.
    ("Children under 12 get in free.", "Kinder ab 12 Jahren haben freien Eintritt.", "de", ["12"]),
    ("Children under 12 get in free.", "Kinder unter 12 Jahren haben freien Eintritt.", "de", []),
    ("Free shipping on orders of $50 or more.", "Livraison gratuite dès 50 $ d'achat.", "fr", []),
    ("Free shipping on orders of $50 or less.", "Livraison gratuite dès 50 $ d'achat.", "fr", ["50"]),
    ("Volunteers planted more than 3,000 trees.", "ボランティアが3,000本近い木を植えました。", "ja", ["3,000"]),
    ("Volunteers planted more than 3,000 trees.", "ボランティアが3,000本以上の木を植えました。", "ja", []),
    # Before and after a year, in each language's words; "after 1 hour" is no bound on a year.
    ("The cathedral was restored after 1945.", "La cathédrale a été restaurée avant 1945.", "fr", ["1945"]),
    ("The cathedral was restored after 1945.", "La cathédrale a été restaurée après 1945.", "fr", []),
    ("The cathedral was restored after 1945.", "大聖堂は1945年以前に修復された。", "ja", ["1945"]),
    ("The cathedral was restored after 1945.", "大聖堂は1945年以降に修復された。", "ja", []),
    ("Built before 1900.", "Erbaut nach 1900.", "de", ["1900"]),
    ("Built before 1900.", "Erbaut vor 1900.", "de", []),
    ("Open until 2020.", "Abierto desde 2020.", "es", ["2020"]),
    ("Open until 2020.", "Abierto hasta 2020.", "es", []),
    ("Since 2002, 94 lynx.", "До 2002 года 94 рыси.", "ru", ["2002"]),
    ("Since 2002, 94 lynx.", "С 2002 года 94 рыси.", "ru", []),
    ("Seas could rise 60 cm by 2100.", "海面は2100年以降に60センチ上昇する。", "ja", ["2100"]),
    ("Seas could rise 60 cm by 2100.", "Le niveau pourrait monter de 60 cm d’ici 2100.", "fr", []),
    ("It sleeps after 1 hour and 1945 files.", "Il se met en veille au bout d’une heure et 1945 fichiers.", "fr", []),
    # A number the source calls approximate, bounded by the translation.
    ("About 40 minutes remaining.", "Quedan unos 40 minutos.", "es", []),
    ("About 40 minutes remaining.", "Quedan más de 40 minutos.", "es", ["40"]),
    ("This will take approximately two hours.", "Cela prendra environ deux heures.", "fr", []),
    ("This will take approximately two hours.", "Cela prendra au moins deux heures.", "fr", ["two"]),
    ("Venus averages about 465 °C.", "Die Venus hat im Mittel etwa 465 °C.", "de", []),
    ("Venus averages about 465 °C.", "Die Venus hat im Mittel mindestens 465 °C.", "de", ["465"]),
    ("A day there lasts about forty minutes longer.", "火星の1日は約40分長い。", "ja", []),
    ("A day there lasts about forty minutes longer.", "火星の1日は40分以上長い。", "ja", ["forty"]),
    ("It lies some 11,000 metres deep.", "Она лежит на глубине около 11 000 метров.", "ru", []),
    ("It lies some 11,000 metres deep.", "Она лежит на глубине более 11 000 метров.", "ru", ["11,000"]),
    # The amount of a change is not the level it reaches ("dropped by 20%" / "auf 20 % gesunken").
    ("The price dropped by 20%.", "Der Preis ist um 20 % gesunken.", "de", []),
    ("The price dropped by 20%.", "Der Preis ist auf 20 % gesunken.", "de", ["20%"]),
    ("The price dropped by 20%.", "Le prix a baissé de 20 %.", "fr", []),
    ("The price dropped by 20%.", "Le prix est descendu à 20 %.", "fr", ["20%"]),
    ("The price dropped by 20%.", "El precio bajó un 20 %.", "es", []),
    ("The price dropped by 20%.", "El precio bajó al 20 %.", "es", ["20%"]),
    ("The price dropped by 20%.", "Цена снизилась на 20 %.", "ru", []),
    ("The price dropped by 20%.", "Цена снизилась до 20 %.", "ru", ["20%"]),
    ("The price dropped by 20%.", "価格は20%下がった。", "ja", []),
    ("The price dropped by 20%.", "価格は20%に下がった。", "ja", ["20%"]),
    # "a limit of" and "capped at" say a ceiling.
    ("Limit of 6 items per order.", "6 articles maximum par commande.", "fr", []),
    ("Limit of 6 items per order.", "6 articles minimum par commande.", "fr", ["6"]),
    ("Uploads are capped at 20 MB.", "Загрузка ограничена не менее чем 20 МБ.", "ru", ["20"]),
    # A negation turns over a comparator of its own sentence only.
    ("Files over 25 MB cannot be attached. You can attach up to 10 files.",
     "Файлы более 25 МБ прикрепить нельзя. Можно прикрепить до 10 файлов.", "ru", []),
    ("Files over 25 MB cannot be attached. You can attach up to 10 files.",
     "Файлы более 25 МБ прикрепить нельзя. Можно прикрепить не менее 10 файлов.", "ru", ["10"]),
    ("Files over 25 MB cannot be attached. You can attach up to 10 files.",
     "Les fichiers de plus de 25 Mo ne peuvent pas être joints. Vous pouvez joindre au moins 10 fichiers.", "fr",
     ["10"]),
    # A Russian comparator before its preposition ("не менее чем за 3 секунды", "минимум до 8").
    ("It accelerates in at most 3 seconds.", "Он разгоняется не более чем за 3 секунды.", "ru", []),
    ("It accelerates in at most 3 seconds.", "Он разгоняется не менее чем за 3 секунды.", "ru", ["3"]),
    ("Raise SEMVMX to be at least %d.", "Увеличьте SEMVMX минимум до %d.", "ru", []),
    # A number nearly reached is a ceiling: against a floor it turns the bound over.
    ("It lies nearly 11,000 metres deep.", "Il se situe à près de 11 000 mètres.", "fr", []),
    ("It lies nearly 11,000 metres deep.", "Il se situe à plus de 11 000 mètres.", "fr", ["11,000"]),
    ("It has more than 80,000 students.", "Cuenta con más de 80 000 estudiantes.", "es", []),
    ("It has more than 80,000 students.", "Cuenta con cerca de 80 000 estudiantes.", "es", ["80,000"]),
    ("It stood for nearly four decades.", "Es stand fast vier Jahrzehnte.", "de", []),
    ("It stood for nearly four decades.", "Es stand mehr als vier Jahrzehnte.", "de", ["four"]),
    ("It stood for over 40 years.", "40年以上にわたって建っていた。", "ja", []),
    ("It stood for over 40 years.", "40年近くにわたって建っていた。", "ja", ["40"]),
    ("It takes more than 5 minutes.", "Это займёт больше 5 минут.", "ru", []),
    ("It takes more than 5 minutes.", "Это займёт почти 5 минут.", "ru", ["5"]),
    ("About 40 minutes remaining.", "Il reste près de 40 minutes.", "fr", []),
    # "to around": the translation's "до" or "まで" says the source's "to", not a bound.
    ("Numbers have risen to around 4,500.", "Численность выросла примерно до 4500.", "ru", []),
    ("Numbers have risen to around 4,500.", "個体数は約4500頭まで回復した。", "ja", []),
    # "ou moins" / "ou plus" before a verb is a bound, before an adjective a comparative.
    ("Nests of 4 or more eggs are rare.", "Les nids de 4 œufs ou moins sont rares.", "fr", ["4"]),
    ("Nests of 4 or more eggs are rare.", "Les nids de 4 œufs ou plus sont rares.", "fr", []),
    ("Use mode 0600 or more restrictive.", "Utilisez le mode 0600 ou plus restrictif.", "fr", []),
    # A Spanish article between the comparator and its number.
    ("At least 30 percent of the range is protected.", "Como máximo el 30 % del área está protegido.", "es",
     ["30"]),
    ("At least 30 percent of the range is protected.", "Como mínimo el 30 % del área está protegido.", "es", []),
    ("At least 30 percent of the range is protected.", "Hasta el 30 % del área está protegido.", "es", ["30"]),
    # A Russian preposition between the comparator and its number; verbs of passing a value.
    ("Up to 3 users can share a licence.", "Лицензию могут использовать не менее чем 3 пользователя.", "ru", ["3"]),
    ("Cut costs by up to 20 percent.", "Сократить расходы минимум на 20 %.", "ru", ["20"]),
    ("Cut costs by up to 20 percent.", "Сократить расходы максимум на 20 %.", "ru", []),
    ("The load has exceeded 80%.", "Die Last hat 80 % unterschritten.", "de", ["80%"]),
    ("The load has exceeded 80%.", "Die Last hat 80 % überschritten.", "de", []),
    ("The load has exceeded 80%.", "負荷が 80% を下回りました。", "ja", ["80%"]),
    ("The load has exceeded 80%.", "負荷が 80% を上回りました。", "ja", []),
    # German "bis" alone is "up to".
    ("Tours of 12 people or more need a guide.", "Touren bis 12 Personen brauchen einen Führer.", "de", ["12"]),
    ("Tours of up to 12 people need a guide.", "Touren bis 12 Personen brauchen einen Führer.", "de", []),
    # Spanish "más del" / "menos del" (de + el before a percentage).
    ("Over 40 per cent of the nests.", "Más del 40 por ciento de los nidos.", "es", []),
    ("Over 40 per cent of the nests.", "Menos del 40 por ciento de los nidos.", "es", ["40"]),
    # A bound turned over by a negation against one whose phrase holds its own negation: both
    # negated, the directions opposite.
    ("The depth cannot be greater than 3.", "Die Tiefe darf nicht kleiner als 3 sein.", "de", ["3"]),
    ("The depth cannot be greater than 3.", "Die Tiefe darf nicht größer als 3 sein.", "de", []),
    ("The list can’t hold more than 5 names.", "Die Liste darf nicht weniger als 5 Namen enthalten.", "de", ["5"]),
    ("The list can’t hold more than 5 names.", "Die Liste darf nicht mehr als 5 Namen enthalten.", "de", []),
    ("A tree must not have more than 3 levels.", "Un arbre n'a pas moins de 3 niveaux.", "fr", ["3"]),
    ("A tree must not have more than 3 levels.", "Un arbre n'a pas plus de 3 niveaux.", "fr", []),
    ("The ratio is not greater than 2.", "Le ratio n'est pas inférieur à 2.", "fr", ["2"]),
    ("The ratio is not greater than 2.", "Le ratio n'est pas supérieur à 2.", "fr", []),
    ("The depth should not be greater than 3.", "La profundidad debe ser no inferior a 3.", "es", ["3"]),
    ("The depth should not be greater than 3.", "La profundidad debe ser no superior a 3.", "es", []),
    ("The depth may not be greater than 3.", "Глубина должна быть не меньше 3.", "ru", ["3"]),
    ("The depth may not be greater than 3.", "Глубина должна быть не больше 3.", "ru", []),
    # The same value said twice is bounded mention by mention ("2^10" has two 2s... and 10).
    ("A set cannot have more than 2^10-2 members.", "Ein Satz kann nicht weniger als 2^10-2 Mitglieder haben.",
     "de", ["2"]),
    ("A set cannot have more than 2^10-2 members.", "Ein Satz kann nicht mehr als 2^10-2 Mitglieder haben.",
     "de", []),
    # A negation on one side only is not read as an error: it may be one the other side says in
    # words no table holds ("以上にはできません": cannot be 3 or more).
    ("The depth cannot be greater than 3.", "深さは 3 以上にはできません。", "ja", []),
    # Japanese: the comparator right after the number and its counter wins over one before it,
    # never after a time offset ("3 日前まで": by 3 days before).
    ("Enter at least 2 names.", "少なくとも 2 人以下の名前を入力します。", "ja", ["2"]),
    ("Enter at least 2 names.", "少なくとも 2 人以上の名前を入力します。", "ja", []),
    ("Use at most 8 colours.", "最大 8 色以上を使います。", "ja", ["8"]),
    ("Use at most 8 colours.", "最大 8 色まで使います。", "ja", []),
    ("Fewer than 4 retries.", "最大 4 回超の再試行。", "ja", ["4"]),
    ("Fewer than 4 retries.", "4 回未満の再試行。", "ja", []),
    ("Reply in at most 7 days.", "最長 7 日以上で返信します。", "ja", ["7"]),
    ("Reply in at most 7 days.", "最長 7 日以内に返信します。", "ja", []),
    ("Names of at most 12 letters.", "最大 12 文字を超える名前。", "ja", ["12"]),
    ("Names of at most 12 letters.", "最大 12 文字を超えない名前。", "ja", []),
    ("Send a reminder at least 3 days ahead.", "最低 3 日前までにリマインダーを送ります。", "ja", []),
    ("Send a reminder at least 3 days ahead.", "最大 3 日前までにリマインダーを送ります。", "ja", ["3"]),
    # "greater or equal to", without "than", is a floor too.
    ("The width must be greater or equal to 0.", "幅は 0 以下でなければなりません。", "ja", ["0"]),
    ("The width must be greater or equal to 0.", "幅は 0 以上でなければなりません。", "ja", []),
    # A range is a floor on its first end and a ceiling on its second.
    ("Pick a level between 1 and 9.", "1 以下 9 以下のレベルを選びます。", "ja", ["1"]),
    ("Pick a level between 1 and 9.", "1 以上 9 以下のレベルを選びます。", "ja", []),
    ("Pick a level between 1 and 9.", "1 から 9 までのレベルを選びます。", "ja", []),
    ("Pick a level from 1 to 9.", "Choisissez un niveau d'au moins 9 et d'au plus 1.", "fr", ["1", "9"]),
    ("Pick a level from 1 to 9.", "Choisissez un niveau d'au moins 1 et d'au plus 9.", "fr", []),
    ("Pick a level from 1 to 9.", "Choisissez un niveau entre 1 et 9.", "fr", []),
    ("Pick a level from 1 to 9.", "Wählen Sie eine Stufe von höchstens 1 bis 9.", "de", ["1"]),
    ("Pick a level from 1 to 9.", "Wählen Sie eine Stufe von 1 bis 9.", "de", []),
    ("Pick a level between 1 and 9.", "Elija un nivel hasta 1 y hasta 9.", "es", ["1"]),
    ("Pick a level between 1 and 9.", "Elija un nivel entre 1 y 9.", "es", []),
    ("Pick a level between 1 and 9.", "Выберите уровень не более 1 и не более 9.", "ru", ["1"]),
    ("Pick a level between 1 and 9.", "Выберите уровень от 1 до 9.", "ru", []),
    # An identifier (camelCase, with an underscore) or a placeholder, verbatim on both sides,
    # bounded the other way; a dictionary word is no such token.
    ("The value must be less than maxDepth.", "Der Wert muss größer als maxDepth sein.", "de", ["maxDepth"]),
    ("The value must be less than maxDepth.", "Der Wert muss kleiner als maxDepth sein.", "de", []),
    ("Use fewer than {limit} tags.", "Utilisez plus de {limit} étiquettes.", "fr", ["{limit}"]),
    ("Use fewer than {limit} tags.", "Utilisez moins de {limit} étiquettes.", "fr", []),
    ("Use fewer than {limit} tags.", "{limit} 個超のタグを使います。", "ja", ["{limit}"]),
    ("Use fewer than {limit} tags.", "{limit} 個未満のタグを使います。", "ja", []),
    ("Must be at least %(size)d bytes.", "Debe tener como máximo %(size)d bytes.", "es", ["%(size)d"]),
    ("Must be at least %(size)d bytes.", "Debe tener al menos %(size)d bytes.", "es", []),
    ("At most max_items entries.", "Не менее max_items записей.", "ru", ["max_items"]),
    ("At most max_items entries.", "Не более max_items записей.", "ru", []),
    ("Keep fewer than 3 copies or fewer than maxCopies.", "Gardez moins de 3 copies ou plus de maxCopies.",
     "fr", ["maxCopies"]),
    ("A name of less than {$rules.max$} letters.", "{$rules.max$} 文字超の名前。", "ja", ["{$rules.max$}"]),
    ("A name of less than {$rules.max$} letters.", "{$rules.max$} 文字未満の名前。", "ja", []),
    ("It runs faster than Python.", "Il tourne plus lentement que Python.", "fr", []),
    # An extreme's word alone before a name names a limit, it does not bound it; "no later than"
    # is a ceiling; Japanese negates after the comparator.
    ("Maximum {count} exceeded.", "最大{count}を超えました。", "ja", []),
    ("The size is larger than max %(top)d.", "サイズが最大値 %(top)d を超えています。", "ja", []),
    ("Pick a day no later than {end}.", "{end}より前の日を選びます。", "ja", []),
    ("Pick a day no later than {end}.", "{end}より後の日を選びます。", "ja", ["{end}"]),
    ("The start is not less than {low}.", "開始は{low}より小さくなりません。", "ja", []),
    ("The start is not less than {low}.", "開始は{low}より小さくなります。", "ja", ["{low}"]),
    ("Rows must be no more than %(rows)d.", "行数は %(rows)d 以上である必要があります。", "ja", ["%(rows)d"]),
    ("Rows cannot be more than %(rows)d.", "行数は %(rows)d を超えることはできません。", "ja", []),
    # A multiplier's comparative has a direction: larger, higher, more go up; smaller, lower,
    # fewer go down.
    ("The new cache is 4 times larger.", "Der neue Cache ist 4-mal kleiner.", "de", ["4"]),
    ("The new cache is 4 times larger.", "Der neue Cache ist 4-mal größer.", "de", []),
    ("The new cache is 4 times larger.", "Le nouveau cache est 4 fois plus petit.", "fr", ["4"]),
    ("The new cache is 4 times larger.", "Le nouveau cache est 4 fois plus grand.", "fr", []),
    ("The new cache is 4 times larger.", "La nueva caché es 4 veces más pequeña.", "es", ["4"]),
    ("The new cache is 4 times larger.", "La nueva caché es 4 veces más grande.", "es", []),
    ("The new cache is 4 times larger.", "Новый кэш в 4 раза меньше.", "ru", ["4"]),
    ("The new cache is 4 times larger.", "Новый кэш в 4 раза больше.", "ru", []),
    ("The new cache is 4 times larger.", "新しいキャッシュは 4 倍小さい。", "ja", ["4"]),
    ("The new cache is 4 times larger.", "新しいキャッシュは 4 倍大きい。", "ja", []),
    # A comparator after a unit's symbol: "38 °C or higher", "70 °C maximum", "−18℃以上".
    ("See a doctor at 38 °C or higher.", "Acuda al médico con 38 °C o menos.", "es", ["38"]),
    ("See a doctor at 38 °C or higher.", "Acuda al médico con 38 °C o más.", "es", []),
    ("Use water cooled to no less than 70 °C.", "Utilisez de l’eau refroidie à 70 °C maximum.", "fr", ["70"]),
    ("Use water cooled to no less than 70 °C.", "Utilisez de l’eau refroidie à 70 °C minimum.", "fr", []),
    ("Set the freezer to −18 °C or lower.", "冷凍室は−18℃以上に設定してください。", "ja", ["−18"]),
    ("Set the freezer to −18 °C or lower.", "冷凍室は−18℃以下に設定してください。", "ja", []),
    # A strong comparator the translation adds where nothing near the source's number bounds it;
    # not one the source says once for two numbers, nor a range's end.
    ("The standard VAT rate is 20%.", "Стандартная ставка НДС составляет не более 20 %.", "ru", ["20%"]),
    ("The standard VAT rate is 20%.", "Стандартная ставка НДС составляет 20 %.", "ru", []),
    ("The pool water is kept at 27 degrees.", "Температура воды поддерживается не ниже 27 градусов.", "ru", ["27"]),
    ("The pool water is kept at 27 degrees.", "El agua se mantiene a más de 27 grados.", "es", ["27"]),
    ("You must be at least 13 years old (16 in the EU).", "Вам должно быть не менее 13 лет (в ЕС — не менее 16).",
     "ru", []),
    ("Delete files older than 7 days.", "Supprimer les fichiers de plus de 7 jours.", "fr", []),
    ("Reads of 7,000 MB/s.", "Скорость чтения до 7000 МБ/с.", "ru", []),
    # An angle bracket around a name is no comparator.
    ("<buf_max> must be greater than <buf_min>", "<buf_max>は<buf_min>より大きくなければいけません", "ja", []),
    ("<buf_max> must be greater than <buf_min>", "<buf_max> muss größer als <buf_min> sein", "de", []),
    # A plus sign glued to a number is "or more"; a currency sign may stand between a comparator and
    # its number; German "Minimum von" / "Maximum von".
    ("Please allow 2+ business days.", "Prévoyez moins de 2 jours ouvrables.", "fr", ["2"]),
    ("Please allow 2+ business days.", "Prévoyez au moins 2 jours ouvrables.", "fr", []),
    ("Please allow 2+ business days.", "Bitte planen Sie 2+ Werktage ein.", "de", []),
    ("Please allow 2+ business days.", "Рассчитывайте на срок до 2 рабочих дней.", "ru", ["2"]),
    ("Compute 2+3 first.", "Calculez d'abord moins de 2+3.", "fr", []),
    ("Ships free over $75.", "Versand kostenlos für weniger als 75 Dollar.", "de", ["75"]),
    ("Ships free over $75.", "Versand kostenlos ab mehr als 75 Dollar.", "de", []),
    ("Results between a minimum of 0 and a maximum of 10", "Ergebnisse mit einem Minimum von 0 und einem Minimum von 10",
     "de", ["10"]),
    ("Results between a minimum of 0 and a maximum of 10", "Ergebnisse mit einem Minimum von 0 und einem Maximum von 10",
     "de", []),
    # A comparator before the multiplier ("at least 2 times smaller") leaves the multiplier's
    # comparative in charge, in "fois inférieure" and "veces superior" as in "times smaller".
    ("Keep it at least 2 times smaller than the limit.", "Gardez-la au moins 2 fois inférieure à la limite.", "fr", []),
    ("Keep it at least 2 times smaller than the limit.", "Gardez-la au moins 2 fois supérieure à la limite.", "fr",
     ["2"]),
    ("Keep it at least 2 times smaller than the limit.", "Manténgalo al menos 2 veces inferior al límite.", "es", []),
    ("Keep it at least 2 times smaller than the limit.", "Manténgalo al menos 2 veces superior al límite.", "es",
     ["2"]),
    ("The new cache uses 4 times less memory.", "Le nouveau cache utilise 4 fois plus de mémoire.", "fr", ["4"]),
    ("The new cache uses 4 times less memory.", "Le nouveau cache utilise 4 fois moins de mémoire.", "fr", []),
    # An extreme the source never names, beside the one it names, without a number; not when the
    # source bounds that way in other words, nor for minutes ("мин").
    ("Maximum depth (0 means no limit)", "Profondeur maximale (0 : pas de minimum)", "fr", ["Maximum"]),
    ("Maximum depth (0 means no limit)", "Profondeur maximale (0 : pas de limite)", "fr", []),
    ("Maximum depth (0 means no limit)", "Maximale Tiefe (0: kein Minimum)", "de", ["Maximum"]),
    ("Maximum depth (0 means no limit)", "Maximale Tiefe (0: unbegrenzt)", "de", []),
    ("Maximum depth (0 means no limit)", "Profundidad máxima (0: sin mínimo)", "es", ["Maximum"]),
    ("Maximum depth (0 means no limit)", "Profundidad máxima (0: sin límite)", "es", []),
    ("Maximum depth (0 means no limit)", "Максимальная глубина (0 — без минимума)", "ru", ["Maximum"]),
    ("Maximum depth (0 means no limit)", "Максимальная глубина (0 — без ограничения)", "ru", []),
    ("Maximum depth (0 means no limit)", "最大の深さ (0 は最小なし)", "ja", ["Maximum"]),
    ("Maximum depth (0 means no limit)", "最大の深さ (0 は無制限)", "ja", []),
    ("Defaults to 0 (no minimum)", "Standardwert 0 (kein Maximum)", "de", ["minimum"]),
    ("Maximum 10 files, at least 2", "10 fichiers maximum, minimum 2", "fr", []),
    ("Maximum wait in minutes", "Максимальное ожидание, мин", "ru", []),
    ("Maximum wait in minutes", "Минимальное ожидание, мин", "ru", ["Maximum"]),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("source", "target", "locale", "expected"), CASES)
def test_comparators_turned_over(source, target, locale, expected, mode):
    assert_check_table(CHANGED, mode, source, target, locale, expected)
