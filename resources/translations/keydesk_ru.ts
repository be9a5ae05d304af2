<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AccountActions</name>
    <message>
        <location filename="../../desktop/ui/account_actions.py" line="27"/>
        <source>&amp;Copy code</source>
        <translation>&amp;Копировать код</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_actions.py" line="30"/>
        <source>&amp;Next code</source>
        <translation>&amp;Следующий код</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_actions.py" line="32"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_actions.py" line="34"/>
        <source>&amp;Favourite</source>
        <translation>В &amp;избранное</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_actions.py" line="37"/>
        <source>Move &amp;up</source>
        <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_actions.py" line="40"/>
        <source>Move &amp;down</source>
        <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_actions.py" line="43"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_actions.py" line="46"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/account_actions.py" line="119"/>
        <source>Copied — clipboard clears in %n s</source>
        <translation>
            <numerusform>Скопировано — буфер очистится через %n с</numerusform>
            <numerusform>Скопировано — буфер очистится через %n с</numerusform>
            <numerusform>Скопировано — буфер очистится через %n с</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_actions.py" line="185"/>
        <source>Delete account</source>
        <translation>Удаление учётной записи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_actions.py" line="187"/>
        <source>Delete “%1”? Its codes will no longer be available in Keydesk. Make sure you can still sign in to this service another way.</source>
        <translation>Удалить «%1»? Её коды больше не будут доступны в Keydesk. Убедитесь, что можете войти в этот сервис другим способом.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_actions.py" line="201"/>
        <source>Deleted “%1”</source>
        <translation>«%1» удалена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_actions.py" line="203"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>AccountDelegate</name>
    <message>
        <location filename="../../desktop/ui/delegate.py" line="54"/>
        <source>next</source>
        <extracomment>The HOTP &quot;next code&quot; button of a row was pressed. The first row was painted (start-up completes the window once that frame is out).</extracomment>
        <translation>далее</translation>
    </message>
</context>
<context>
    <name>AddMenu</name>
    <message>
        <location filename="../../desktop/ui/add_menu.py" line="50"/>
        <source>Add account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_menu.py" line="53"/>
        <source>Scan with &amp;camera…</source>
        <translation>Сканировать &amp;камерой…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_menu.py" line="55"/>
        <source>Scan &amp;screen region…</source>
        <translation>Сканировать область &amp;экрана…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_menu.py" line="57"/>
        <source>From &amp;image file…</source>
        <translation>Из &amp;файла изображения…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_menu.py" line="58"/>
        <source>&amp;Paste link or image</source>
        <translation>&amp;Вставить ссылку или изображение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_menu.py" line="60"/>
        <source>Enter key &amp;manually…</source>
        <translation>Ввести ключ &amp;вручную…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_menu.py" line="79"/>
        <source>Scanning is not available in this installation.</source>
        <translation>Сканирование недоступно в этой установке.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_menu.py" line="97"/>
        <source>The clipboard holds no authenticator link.</source>
        <translation>В буфере обмена нет ссылки аутентификатора.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_menu.py" line="135"/>
        <source>Add accounts</source>
        <translation>Добавление учётных записей</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/add_menu.py" line="136"/>
        <source>Add %n accounts to Keydesk?</source>
        <translation>
            <numerusform>Добавить %n учётную запись в Keydesk?</numerusform>
            <numerusform>Добавить %n учётные записи в Keydesk?</numerusform>
            <numerusform>Добавить %n учётных записей в Keydesk?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_menu.py" line="150"/>
        <source>Added “%1”</source>
        <translation>Добавлено: «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/add_menu.py" line="152"/>
        <source>Added %n accounts</source>
        <translation>
            <numerusform>Добавлена %n учётная запись</numerusform>
            <numerusform>Добавлены %n учётные записи</numerusform>
            <numerusform>Добавлено %n учётных записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_menu.py" line="166"/>
        <location filename="../../desktop/ui/add_menu.py" line="191"/>
        <source>Creating your encrypted vault…</source>
        <translation>Создаётся зашифрованное хранилище…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/add_menu.py" line="204"/>
        <source>Could not create the vault: %1</source>
        <translation>Не удалось создать хранилище: %1</translation>
    </message>
    <message>
        <source>&amp;Import from another app…</source>
        <translation>&amp;Импорт из другого приложения…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n accounts</source>
        <translation>
            <numerusform>Импортирована %n учётная запись</numerusform>
            <numerusform>Импортированы %n учётные записи</numerusform>
            <numerusform>Импортировано %n учётных записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Admin</name>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="34"/>
        <source>The server refused this change: %1</source>
        <translation>Сервер отклонил изменение: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="55"/>
        <source>That code is not right.</source>
        <translation>Код неверный.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="67"/>
        <source>Unexpected error: %1</source>
        <translation>Непредвиденная ошибка: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="73"/>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="74"/>
        <source>Only administrators may do this.</source>
        <translation>Это может делать только администратор.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="75"/>
        <source>The administrator role cannot be changed.</source>
        <translation>Роль администратора изменить нельзя.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="76"/>
        <source>Support access is not granted.</source>
        <translation>Доступ техподдержки не предоставлен.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="77"/>
        <source>Set up an authenticator app before using the security settings.</source>
        <translation>Перед работой с настройками безопасности подключите приложение-аутентификатор.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="80"/>
        <source>An authenticator app is already set up.</source>
        <translation>Приложение-аутентификатор уже подключено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="81"/>
        <source>No authenticator app is set up.</source>
        <translation>Приложение-аутентификатор не подключено.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="82"/>
        <source>The security policy requires an authenticator app.</source>
        <translation>Политика безопасности требует приложение-аутентификатор.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="85"/>
        <source>You cannot reset your own authenticator here.</source>
        <translation>Свой собственный аутентификатор здесь сбросить нельзя.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="86"/>
        <source>This change would lock your own address out (IP allowlist).</source>
        <translation>После этого изменения ваш собственный адрес потеряет доступ (список разрешённых IP-адресов).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="89"/>
        <source>This entry already exists on the server.</source>
        <translation>Такая запись на сервере уже есть.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="90"/>
        <source>Too many attempts. Start the login again.</source>
        <translation>Слишком много попыток. Начните вход заново.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="91"/>
        <location filename="../../desktop/ui/admin/texts.py" line="92"/>
        <source>This step is over. Start again.</source>
        <translation>Этот шаг уже завершён. Начните заново.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="93"/>
        <location filename="../../desktop/ui/admin/texts.py" line="116"/>
        <source>The code expired. Start the login again.</source>
        <translation>Срок действия кода истёк. Начните вход заново.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="94"/>
        <location filename="../../desktop/ui/admin/texts.py" line="123"/>
        <source>The server no longer has this entry.</source>
        <translation>На сервере этой записи больше нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="100"/>
        <source>The server cannot be reached. Your edits are kept and will be sent later.</source>
        <translation>Сервер недоступен. Ваши изменения сохранены и будут отправлены позже.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="106"/>
        <source>You are not logged in. Your edits are kept.</source>
        <translation>Вы не вошли в систему. Ваши изменения сохранены.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="108"/>
        <source>Please log in again. Your edits are kept.</source>
        <translation>Войдите снова. Ваши изменения сохранены.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="111"/>
        <source>The server does not accept connections from this address (IP allowlist).</source>
        <translation>Сервер не принимает подключения с этого адреса (список разрешённых IP-адресов).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="115"/>
        <source>You are not allowed to do this.</source>
        <translation>У вас нет прав на это действие.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="119"/>
        <source>Someone changed this on the server in the meantime.</source>
        <translation>Тем временем кто-то изменил это на сервере.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="127"/>
        <source>The server failed to answer properly. Try again later.</source>
        <translation>Сервер ответил с ошибкой. Повторите попытку позже.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="131"/>
        <source>Enter the server&apos;s address as https://host (plain http only for this computer).</source>
        <translation>Введите адрес сервера в виде https://host (простой http — только для этого компьютера).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="140"/>
        <source>grants technical support access to the account</source>
        <extracomment>What each weakening code (desktop.admin.weakening.DESCRIPTIONS) means, in the user&apos;s language.</extracomment>
        <translation>предоставляет доступ техподдержки к учётной записи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="143"/>
        <source>lets people log in with e-mail codes instead of an authenticator</source>
        <translation>разрешает входить по кодам из писем вместо приложения-аутентификатора</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="146"/>
        <source>stops requiring an authenticator for some roles</source>
        <translation>отменяет обязательный аутентификатор для некоторых ролей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="149"/>
        <source>gives people longer before an authenticator is required</source>
        <translation>даёт больше времени до обязательного подключения аутентификатора</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="152"/>
        <source>makes e-mailed codes live longer</source>
        <translation>продлевает срок действия кодов из писем</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="153"/>
        <source>allows more wrong codes per login</source>
        <translation>разрешает больше неверных кодов при входе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="154"/>
        <source>makes authenticator codes shorter</source>
        <translation>укорачивает коды аутентификатора</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="155"/>
        <source>makes authenticator codes live longer</source>
        <translation>продлевает срок действия кодов аутентификатора</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="156"/>
        <source>uses a weaker hash for authenticator codes</source>
        <translation>использует более слабый хеш для кодов аутентификатора</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="159"/>
        <source>turns the IP allowlist off</source>
        <translation>выключает список разрешённых IP-адресов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="160"/>
        <source>turns the IP allowlist on (only listed addresses may log in)</source>
        <translation>включает список разрешённых IP-адресов (входить смогут только адреса из списка)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="163"/>
        <source>removes an address from the IP allowlist</source>
        <translation>удаляет адрес из списка разрешённых IP-адресов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="166"/>
        <source>leaves the IP allowlist without any active entry</source>
        <translation>оставляет список разрешённых IP-адресов без активных записей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="169"/>
        <source>deactivates an IP allowlist entry</source>
        <translation>отключает запись в списке разрешённых IP-адресов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="170"/>
        <source>narrows an IP allowlist entry</source>
        <translation>сужает запись в списке разрешённых IP-адресов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="171"/>
        <source>removes an operator&apos;s authenticator (their logins fall back to e-mailed codes)</source>
        <translation>удаляет аутентификатор оператора (вход снова по кодам из писем)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="184"/>
        <source>Waiting to sync</source>
        <translation>Ожидает синхронизации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="185"/>
        <source>Needs re-confirmation</source>
        <translation>Нужно подтверждение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="186"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/texts.py" line="187"/>
        <source>Refused by the server</source>
        <translation>Отклонено сервером</translation>
    </message>
</context>
<context>
    <name>AdminCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/texts.py" line="44"/>
        <source>Too many attempts. Try again in %n s.</source>
        <translation>
            <numerusform>Слишком много попыток. Повторите через %n с.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n с.</numerusform>
            <numerusform>Слишком много попыток. Повторите через %n с.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/texts.py" line="47"/>
        <source>That code is not right (%n attempts left).</source>
        <translation>
            <numerusform>Код неверный (осталась %n попытка).</numerusform>
            <numerusform>Код неверный (осталось %n попытки).</numerusform>
            <numerusform>Код неверный (осталось %n попыток).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminInput</name>
    <message>
        <location filename="../../desktop/ui/admin/input_errors.py" line="15"/>
        <source>Enter an address, a CIDR block (10.0.0.0/8) or a range (a-b).</source>
        <translation>Введите адрес, CIDR-блок (10.0.0.0/8) или диапазон (a-b).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/input_errors.py" line="18"/>
        <source>“%1” is not a valid range: both ends must be the same IP version.</source>
        <translation>«%1» — неверный диапазон: оба конца должны быть одной версии IP.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/input_errors.py" line="21"/>
        <source>“%1” is not a valid range: the first address is above the last.</source>
        <translation>«%1» — неверный диапазон: первый адрес больше последнего.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/input_errors.py" line="24"/>
        <source>“%1” is not a valid range of addresses (FIRST-LAST).</source>
        <translation>«%1» — неверный диапазон адресов (ПЕРВЫЙ-ПОСЛЕДНИЙ).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/input_errors.py" line="27"/>
        <source>“%1” is not a valid address or CIDR block.</source>
        <translation>«%1» — неверный адрес или CIDR-блок.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/input_errors.py" line="28"/>
        <source>The rule name is too long (at most 200 characters).</source>
        <translation>Слишком длинное название правила (не более 200 символов).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/input_errors.py" line="31"/>
        <source>The rule needs a pattern (at most 300 characters).</source>
        <translation>Правилу нужен шаблон (не более 300 символов).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/input_errors.py" line="34"/>
        <source>The regular expression is not valid: %1</source>
        <translation>Неверное регулярное выражение: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/input_errors.py" line="35"/>
        <source>Support access can last at most 720 hours.</source>
        <translation>Доступ техподдержки можно дать не более чем на 720 часов.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/input_errors.py" line="36"/>
        <source>A reason is required.</source>
        <translation>Укажите причину.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/input_errors.py" line="37"/>
        <source>The reason (500 characters) or the ticket (100) is too long.</source>
        <translation>Слишком длинная причина (500 символов) или номер обращения (100).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/input_errors.py" line="40"/>
        <source>The name (200 characters) or the comment (500) is too long.</source>
        <translation>Слишком длинное название (200 символов) или комментарий (500).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/input_errors.py" line="43"/>
        <source>The issuer needs 1 to 60 characters, without “:”.</source>
        <translation>Издатель — от 1 до 60 символов, без «:».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/input_errors.py" line="46"/>
        <source>Nothing to change.</source>
        <translation>Изменять нечего.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/input_errors.py" line="47"/>
        <source>These permissions are already set.</source>
        <translation>Эти права уже установлены.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/input_errors.py" line="48"/>
        <source>%1 already uses e-mail codes.</source>
        <translation>%1 уже входит по кодам из писем.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/input_errors.py" line="49"/>
        <source>The role “%1” cannot be changed.</source>
        <translation>Роль «%1» изменить нельзя.</translation>
    </message>
</context>
<context>
    <name>AdminValues</name>
    <message>
        <location filename="../../desktop/ui/admin/values.py" line="18"/>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/values.py" line="19"/>
        <source>Supervisor</source>
        <translation>Супервизор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/values.py" line="20"/>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Диапазон</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Слово</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Номер карты</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Адрес e-mail</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>В обе стороны</translation>
    </message>
    <message>
        <source>Flag for review</source>
        <translation>Пометить для проверки</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Неудачно</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Неверный пароль</translation>
    </message>
    <message>
        <source>Wrong code</source>
        <translation>Неверный код</translation>
    </message>
    <message>
        <source>Address not allowed</source>
        <translation>Адрес не разрешён</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Техподдержка</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Login code</source>
        <translation>Код для входа</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>Session refused</source>
        <translation>Сеанс отклонён</translation>
    </message>
    <message>
        <source>Authenticator setup started</source>
        <translation>Начата настройка приложения-аутентификатора</translation>
    </message>
    <message>
        <source>Authenticator setup: e-mail confirmed</source>
        <translation>Настройка аутентификатора: e-mail подтверждён</translation>
    </message>
    <message>
        <source>Authenticator app turned on</source>
        <translation>Приложение-аутентификатор включено</translation>
    </message>
    <message>
        <source>Authenticator app turned off</source>
        <translation>Приложение-аутентификатор отключено</translation>
    </message>
    <message>
        <source>Operator&apos;s 2FA reset</source>
        <translation>2FA оператора сброшена</translation>
    </message>
    <message>
        <source>2FA policy changed</source>
        <translation>Изменена политика 2FA</translation>
    </message>
    <message>
        <source>IP allowlist switched</source>
        <translation>Список разрешённых IP включён или выключен</translation>
    </message>
    <message>
        <source>Address added</source>
        <translation>Адрес добавлен</translation>
    </message>
    <message>
        <source>Address changed</source>
        <translation>Адрес изменён</translation>
    </message>
    <message>
        <source>Address removed</source>
        <translation>Адрес удалён</translation>
    </message>
    <message>
        <source>Content filter changed</source>
        <translation>Изменён фильтр содержимого</translation>
    </message>
    <message>
        <source>Filter rule added</source>
        <translation>Правило фильтра добавлено</translation>
    </message>
    <message>
        <source>Filter rule changed</source>
        <translation>Правило фильтра изменено</translation>
    </message>
    <message>
        <source>Filter rule removed</source>
        <translation>Правило фильтра удалено</translation>
    </message>
    <message>
        <source>Support access granted</source>
        <translation>Доступ техподдержке выдан</translation>
    </message>
    <message>
        <source>Support access revoked</source>
        <translation>Доступ техподдержки отозван</translation>
    </message>
    <message>
        <source>Support access expired</source>
        <translation>Доступ техподдержки истёк</translation>
    </message>
    <message>
        <source>Role added</source>
        <translation>Роль добавлена</translation>
    </message>
    <message>
        <source>Role permissions changed</source>
        <translation>Изменены права роли</translation>
    </message>
    <message>
        <source>Role removed</source>
        <translation>Роль удалена</translation>
    </message>
    <message>
        <source>2FA policy</source>
        <translation>Политика 2FA</translation>
    </message>
    <message>
        <source>IP allowlist</source>
        <translation>Список разрешённых IP-адресов</translation>
    </message>
    <message>
        <source>Content filter</source>
        <translation>Фильтр содержимого</translation>
    </message>
    <message>
        <source>Support access</source>
        <translation>Доступ техподдержки</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="50"/>
        <source>Keydesk — Security settings</source>
        <translation>Keydesk — настройки безопасности</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="73"/>
        <source>Two-factor</source>
        <translation>Двухфакторная аутентификация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="74"/>
        <source>IP allowlist</source>
        <translation>Разрешённые IP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="75"/>
        <source>Permissions</source>
        <translation>Права</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="76"/>
        <source>Content filter</source>
        <translation>Фильтр содержимого</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="77"/>
        <source>Support access</source>
        <translation>Доступ техподдержки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="78"/>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="79"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="102"/>
        <source>&amp;Account</source>
        <translation>&amp;Учётная запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="104"/>
        <source>&amp;Log in…</source>
        <translation>&amp;Войти…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="105"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="106"/>
        <source>Set up my &amp;authenticator…</source>
        <translation>Подключить мой &amp;аутентификатор…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="107"/>
        <source>Log &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="108"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="146"/>
        <source>The server refused: %1</source>
        <translation>Сервер отклонил: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/window.py" line="151"/>
        <source>%n edit synced</source>
        <translation>
            <numerusform>Синхронизировано %n изменение</numerusform>
            <numerusform>Синхронизировано %n изменения</numerusform>
            <numerusform>Синхронизировано %n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/window.py" line="153"/>
        <source>%n edits synced</source>
        <translation>
            <numerusform>Синхронизировано %n изменение</numerusform>
            <numerusform>Синхронизировано %n изменения</numerusform>
            <numerusform>Синхронизировано %n изменений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="192"/>
        <source>Log out</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/window.py" line="192"/>
        <source>Log out of the server? Queued edits are kept.</source>
        <translation>Выйти с сервера? Изменения в очереди сохранятся.</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Связь с сервером…</translation>
    </message>
    <message>
        <source>The server did not answer; your edits are kept and go out later.</source>
        <translation>Сервер не ответил; ваши изменения сохранены и будут отправлены позже.</translation>
    </message>
    <message>
        <source>Log in again to sync.</source>
        <translation>Чтобы синхронизировать, войдите снова.</translation>
    </message>
    <message>
        <source>The server is busy; Keydesk tries again later.</source>
        <translation>Сервер занят; Keydesk попробует ещё раз позже.</translation>
    </message>
    <message>
        <source>The server answered with an error; your edits are kept.</source>
        <translation>Сервер ответил ошибкой; ваши изменения сохранены.</translation>
    </message>
    <message>
        <source>Up to date with the server.</source>
        <translation>Всё синхронизировано с сервером.</translation>
    </message>
</context>
<context>
    <name>AllowlistEditor</name>
    <message>
        <location filename="../../desktop/ui/admin/allowlist.py" line="33"/>
        <source>IP allowlist</source>
        <translation>Список разрешённых IP-адресов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/allowlist.py" line="35"/>
        <source>When the allowlist is on, only these addresses can log in and use the service. Use CIDR blocks (192.0.2.0/24), single addresses or ranges (192.0.2.10-192.0.2.20); IPv6 works the same way.</source>
        <translation>Когда список включён, входить и работать с сервисом можно только с этих адресов. Используйте CIDR-блоки (192.0.2.0/24), отдельные адреса или диапазоны (192.0.2.10-192.0.2.20); IPv6 — так же.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/allowlist.py" line="48"/>
        <source>Address, CIDR block or range</source>
        <translation>Адрес, CIDR-блок или диапазон</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/allowlist.py" line="52"/>
        <source>Name (e.g. Main office)</source>
        <translation>Название (например, Главный офис)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/allowlist.py" line="54"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/allowlist.py" line="57"/>
        <source>Add my current address</source>
        <translation>Добавить мой текущий адрес</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/allowlist.py" line="64"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/allowlist.py" line="65"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/allowlist.py" line="66"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/allowlist.py" line="67"/>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/allowlist.py" line="68"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/allowlist.py" line="73"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/allowlist.py" line="75"/>
        <location filename="../../desktop/ui/admin/allowlist.py" line="199"/>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/allowlist.py" line="104"/>
        <source>Known after the first sync</source>
        <translation>Станет известен после первой синхронизации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/allowlist.py" line="132"/>
        <source>Will be stored as %1 (%2 to %3)</source>
        <translation>Будет сохранено как %1 (от %2 до %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/allowlist.py" line="156"/>
        <source>You would lock yourself out</source>
        <translation>Вы потеряете доступ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/allowlist.py" line="181"/>
        <source>My address</source>
        <translation>Мой адрес</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/allowlist.py" line="199"/>
        <source>Activate</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Allow logins only from the addresses below</source>
        <translation>Разрешать вход только с адресов из списка ниже</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <source>After this change your own address (%1) is no longer allowed: you could not log in or sync from here, and the server refuses such a change. Add your address to the list first, then make the change?</source>
        <translation>После этого изменения ваш собственный адрес (%1) больше не будет разрешён: отсюда нельзя будет ни войти, ни синхронизироваться, и сервер отклонит такое изменение. Сначала добавить ваш адрес в список, а затем внести изменение?</translation>
    </message>
    <message>
        <source>Add my address first</source>
        <translation>Сначала добавить мой адрес</translation>
    </message>
</context>
<context>
    <name>AppMenu</name>
    <message>
        <location filename="../../desktop/ui/app_menu.py" line="24"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app_menu.py" line="26"/>
        <source>&amp;Admin console…</source>
        <translation>&amp;Консоль администратора…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app_menu.py" line="28"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app_menu.py" line="29"/>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>E&amp;xport accounts…</source>
        <translation>&amp;Экспорт учётных записей…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Резервные копии…</translation>
    </message>
    <message>
        <source>&amp;Usage record…</source>
        <translation>&amp;Журнал использования…</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n accounts from the backup</source>
        <translation>
            <numerusform>Из резервной копии восстановлена %n учётная запись</numerusform>
            <numerusform>Из резервной копии восстановлены %n учётные записи</numerusform>
            <numerusform>Из резервной копии восстановлено %n учётных записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="22"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="24"/>
        <source>Every security change and every login failure, newest first. End a filter with * to match a prefix (security.*).</source>
        <translation>Все изменения безопасности и все неудачные входы, сначала новые. Завершите фильтр знаком *, чтобы искать по началу (security.*).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="31"/>
        <source>Who (login)</source>
        <translation>Кто (логин)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="33"/>
        <source>Action, e.g. security.*</source>
        <translation>Действие, например security.*</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="36"/>
        <source>Any outcome</source>
        <translation>Любой результат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="37"/>
        <source>Success</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="38"/>
        <source>Wrong password</source>
        <translation>Неверный пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="39"/>
        <source>Wrong code</source>
        <translation>Неверный код</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="40"/>
        <source>Address not allowed</source>
        <translation>Адрес не разрешён</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="43"/>
        <source>Search</source>
        <translation>Найти</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="51"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="52"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="53"/>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="54"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="55"/>
        <source>Resource</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="56"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="61"/>
        <source>‹ Newer</source>
        <translation>‹ Новее</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="63"/>
        <source>Older ›</source>
        <translation>Старее ›</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="110"/>
        <source>The audit log needs the server; showing what was last fetched.</source>
        <translation>Журналу аудита нужен сервер; показано то, что было загружено в последний раз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="132"/>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 из %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/audit.py" line="134"/>
        <source> (offline copy)</source>
        <translation> (сохранённая копия)</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="9"/>
        <source>Dialogs</source>
        <translation>Диалоги</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="10"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="11"/>
        <source>Broadcasts</source>
        <translation>Рассылки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="12"/>
        <source>Chatbots</source>
        <translation>Чат-боты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="13"/>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="14"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="15"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="16"/>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="17"/>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="18"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="19"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="22"/>
        <source>See own dialogs</source>
        <translation>Видеть свои диалоги</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="23"/>
        <source>See every operator&apos;s dialogs</source>
        <translation>Видеть диалоги всех операторов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="24"/>
        <source>Reply to clients</source>
        <translation>Отвечать клиентам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="25"/>
        <source>Transfer dialogs to other operators</source>
        <translation>Передавать диалоги другим операторам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="26"/>
        <source>Close dialogs</source>
        <translation>Закрывать диалоги</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="27"/>
        <source>Delete messages</source>
        <translation>Удалять сообщения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="28"/>
        <source>See client cards</source>
        <translation>Видеть карточки клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="29"/>
        <source>Edit client cards</source>
        <translation>Изменять карточки клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="30"/>
        <source>See phone numbers and e-mail addresses</source>
        <translation>Видеть телефоны и адреса e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="31"/>
        <source>Export the client base</source>
        <translation>Выгружать базу клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="32"/>
        <source>Delete clients</source>
        <translation>Удалять клиентов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="33"/>
        <source>See broadcasts</source>
        <translation>Видеть рассылки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="34"/>
        <source>Create broadcasts</source>
        <translation>Создавать рассылки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="35"/>
        <source>Send broadcasts</source>
        <translation>Отправлять рассылки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="36"/>
        <source>See chatbot scenarios</source>
        <translation>Видеть сценарии чат-ботов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="37"/>
        <source>Edit chatbot scenarios</source>
        <translation>Изменять сценарии чат-ботов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="38"/>
        <source>Use quick replies</source>
        <translation>Использовать быстрые ответы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="39"/>
        <source>Edit quick replies and templates</source>
        <translation>Изменять быстрые ответы и шаблоны</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="40"/>
        <source>Assign tags</source>
        <translation>Назначать теги</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="41"/>
        <source>Create and delete tags</source>
        <translation>Создавать и удалять теги</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="42"/>
        <source>See own statistics</source>
        <translation>Видеть свою статистику</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="43"/>
        <source>See all reports</source>
        <translation>Видеть все отчёты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="44"/>
        <source>Export</source>
        <translation>Выгружать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="45"/>
        <source>See channels</source>
        <translation>Видеть каналы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="46"/>
        <source>Connect and edit channels</source>
        <translation>Подключать и изменять каналы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="47"/>
        <source>See operators</source>
        <translation>Видеть операторов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="48"/>
        <source>Add and edit operators</source>
        <translation>Добавлять и изменять операторов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="49"/>
        <source>Reset operators&apos; two-factor authentication</source>
        <translation>Сбрасывать двухфакторную аутентификацию операторов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="52"/>
        <source>See company settings</source>
        <translation>Видеть настройки компании</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="53"/>
        <source>Change company settings</source>
        <translation>Изменять настройки компании</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="54"/>
        <source>See the API token</source>
        <translation>Видеть токен API</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="55"/>
        <source>Manage API access and webhooks</source>
        <translation>Управлять доступом к API и веб-хуками</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="0"/>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="0"/>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="0"/>
        <source>See security settings, roles and the permissions catalogue</source>
        <translation>Видеть настройки безопасности, роли и каталог прав</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="0"/>
        <source>Change security settings (2FA policy, IP allowlist, content filter, support access)</source>
        <translation>Менять настройки безопасности (политику 2FA, список IP-адресов, фильтр содержимого, доступ поддержки)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/catalog_text.py" line="0"/>
        <source>See the audit log</source>
        <translation>Видеть журнал аудита</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../desktop/ui/scan/confirm.py" line="56"/>
        <source>The scanned code</source>
        <translation>Отсканированный код</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/confirm.py" line="60"/>
        <location filename="../../desktop/ui/scan/confirm.py" line="63"/>
        <source>No group</source>
        <translation>Без группы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/confirm.py" line="65"/>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/confirm.py" line="66"/>
        <source>Check the details; double-click an issuer or name to change it.</source>
        <translation>Проверьте данные; чтобы изменить издателя или имя, дважды щёлкните по нему.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/confirm.py" line="82"/>
        <source>Issuer</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/confirm.py" line="83"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/confirm.py" line="84"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/confirm.py" line="85"/>
        <source>Digits</source>
        <translation>Цифр</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/confirm.py" line="86"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/confirm.py" line="87"/>
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/confirm.py" line="88"/>
        <source>Code now</source>
        <translation>Текущий код</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/confirm.py" line="138"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="40"/>
        <source>Conflict: %1</source>
        <translation>Конфликт: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="42"/>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="43"/>
        <source>recently</source>
        <translation>недавно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="45"/>
        <source>%1 changed this on the server (%2) while you were editing it.</source>
        <translation>%1 изменил(а) это на сервере (%2), пока вы редактировали.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="54"/>
        <source>Choose which version to keep. Changes to other settings were merged without asking.</source>
        <translation>Выберите, какую версию оставить. Изменения других настроек объединены автоматически.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="63"/>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="63"/>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="63"/>
        <source>Yours</source>
        <translation>Ваше</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="63"/>
        <source>Server&apos;s</source>
        <translation>На сервере</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="79"/>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="80"/>
        <source>Take theirs</source>
        <translation>Принять с сервера</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="81"/>
        <source>Keep both</source>
        <translation>Оставить оба</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="88"/>
        <source>Decide later</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="99"/>
        <source>Default method</source>
        <translation>Способ по умолчанию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="100"/>
        <source>Authenticator required for</source>
        <translation>Аутентификатор обязателен для</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="101"/>
        <source>Grace period (hours)</source>
        <translation>Отсрочка (часы)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="102"/>
        <source>E-mail code valid for (s)</source>
        <translation>Срок кода из письма (с)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="103"/>
        <source>Wrong codes allowed</source>
        <translation>Допустимо неверных кодов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="104"/>
        <source>Issuer shown in the app</source>
        <translation>Издатель в приложении</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="105"/>
        <source>Authenticator digits</source>
        <translation>Цифр в коде аутентификатора</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="106"/>
        <source>Code lifetime (s)</source>
        <translation>Срок действия кода (с)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="107"/>
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="108"/>
        <source>On/off</source>
        <translation>Вкл./выкл.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="109"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="110"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="111"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="112"/>
        <source>Active</source>
        <translation>Активна</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="113"/>
        <source>Support access grant</source>
        <translation>Доступ техподдержки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/conflict_dialog.py" line="114"/>
        <source>Entry (you removed it)</source>
        <translation>Запись (вы её удалили)</translation>
    </message>
</context>
<context>
    <name>ContentFilterEditor</name>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="35"/>
        <source>Content filter</source>
        <translation>Фильтр содержимого</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="37"/>
        <source>Rules applied to messages: block them, mask what matched, or flag them for review. Card numbers are checked with the Luhn digit.</source>
        <translation>Правила для сообщений: заблокировать, скрыть найденное или пометить для проверки. Номера карт проверяются по алгоритму Луна.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="43"/>
        <source>Filter is on</source>
        <translation>Фильтр включён</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="49"/>
        <location filename="../../desktop/ui/admin/content_filter.py" line="76"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="50"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="51"/>
        <source>Pattern</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="52"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="53"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="54"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="58"/>
        <source>Remove rule</source>
        <translation>Удалить правило</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="73"/>
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="79"/>
        <source>Word</source>
        <translation>Слово</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="80"/>
        <source>Regular expression</source>
        <translation>Регулярное выражение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="81"/>
        <source>Personal data</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="85"/>
        <source>Word or pattern</source>
        <translation>Слово или шаблон</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="88"/>
        <source>Card number</source>
        <translation>Номер карты</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="89"/>
        <source>E-mail address</source>
        <translation>Адрес e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="90"/>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="95"/>
        <source>Both ways</source>
        <translation>В обе стороны</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="96"/>
        <location filename="../../desktop/ui/admin/content_filter.py" line="138"/>
        <source>Incoming</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="97"/>
        <location filename="../../desktop/ui/admin/content_filter.py" line="137"/>
        <source>Outgoing</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="102"/>
        <source>Flag</source>
        <translation>Пометить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="103"/>
        <source>Mask</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="104"/>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="107"/>
        <source>Add rule</source>
        <translation>Добавить правило</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="129"/>
        <source>Test a message</source>
        <translation>Проверить сообщение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="133"/>
        <source>Type or paste a message to see what the filter does</source>
        <translation>Введите или вставьте сообщение, чтобы увидеть, что сделает фильтр</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="139"/>
        <source>Test</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="188"/>
        <source>Not a valid regular expression: %1</source>
        <translation>Неверное регулярное выражение: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="229"/>
        <source>Checked on this computer with your edits</source>
        <translation>Проверено на этом компьютере с учётом ваших изменений</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="243"/>
        <source>Checked on this computer (server unreachable)</source>
        <translation>Проверено на этом компьютере (сервер недоступен)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="246"/>
        <source>Checked by the server</source>
        <translation>Проверено сервером</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="251"/>
        <source>Allowed</source>
        <translation>Разрешено</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="252"/>
        <source>Flagged for review</source>
        <translation>Помечено для проверки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="253"/>
        <source>Sent with parts masked</source>
        <translation>Отправлено со скрытыми фрагментами</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/content_filter.py" line="254"/>
        <source>Blocked</source>
        <translation>Заблокировано</translation>
    </message>
</context>
<context>
    <name>DriftBanner</name>
    <message>
        <location filename="../../desktop/ui/banner.py" line="30"/>
        <source>Correct codes</source>
        <translation>Исправить коды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/banner.py" line="32"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/banner.py" line="38"/>
        <source>Clock warning</source>
        <translation>Предупреждение о часах</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/banner.py" line="46"/>
        <source>This computer&apos;s clock is %n s behind; codes may be rejected.</source>
        <translation>
            <numerusform>Часы компьютера отстают на %n с; коды могут не приниматься.</numerusform>
            <numerusform>Часы компьютера отстают на %n с; коды могут не приниматься.</numerusform>
            <numerusform>Часы компьютера отстают на %n с; коды могут не приниматься.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/banner.py" line="50"/>
        <source>This computer&apos;s clock is %n s ahead; codes may be rejected.</source>
        <translation>
            <numerusform>Часы компьютера спешат на %n с; коды могут не приниматься.</numerusform>
            <numerusform>Часы компьютера спешат на %n с; коды могут не приниматься.</numerusform>
            <numerusform>Часы компьютера спешат на %n с; коды могут не приниматься.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../desktop/ui/edit_dialog.py" line="34"/>
        <source>Edit account</source>
        <translation>Изменение учётной записи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/edit_dialog.py" line="39"/>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/edit_dialog.py" line="41"/>
        <source>Account name</source>
        <translation>Имя учётной записи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/edit_dialog.py" line="46"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/edit_dialog.py" line="47"/>
        <source>Show at the top (favourite)</source>
        <translation>Показывать вверху (избранное)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/edit_dialog.py" line="50"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/edit_dialog.py" line="53"/>
        <source>&amp;Service:</source>
        <translation>&amp;Сервис:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/edit_dialog.py" line="54"/>
        <source>&amp;Account:</source>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/edit_dialog.py" line="55"/>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/edit_dialog.py" line="56"/>
        <source>&amp;Icon:</source>
        <translation>&amp;Значок:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/edit_dialog.py" line="57"/>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/edit_dialog.py" line="76"/>
        <source>Choose image…</source>
        <translation>Выбрать изображение…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/edit_dialog.py" line="78"/>
        <source>Use letter</source>
        <translation>Использовать букву</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/edit_dialog.py" line="102"/>
        <source>Choose an icon</source>
        <translation>Выбор значка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/edit_dialog.py" line="104"/>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/edit_dialog.py" line="110"/>
        <source>This file is not an image Keydesk can read.</source>
        <translation>Keydesk не может прочитать этот файл как изображение.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/edit_dialog.py" line="126"/>
        <source>Name the service or the account.</source>
        <translation>Укажите сервис или учётную запись.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../desktop/ui/empty_state.py" line="27"/>
        <source>Add your first account</source>
        <translation>Добавьте первую учётную запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/empty_state.py" line="33"/>
        <source>Keydesk shows the one-time codes you need to sign in. To connect your account:</source>
        <translation>Keydesk показывает одноразовые коды для входа. Чтобы подключить учётную запись:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/empty_state.py" line="47"/>
        <source>Sign in to the service and open &lt;b&gt;Account → Two-factor authentication&lt;/b&gt;.</source>
        <translation>Войдите в сервис и откройте &lt;b&gt;Аккаунт → Двухфакторная аутентификация&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/empty_state.py" line="48"/>
        <source>Choose the authenticator app and press &lt;b&gt;Activate&lt;/b&gt;.</source>
        <translation>Выберите приложение-аутентификатор и нажмите &lt;b&gt;Активировать&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/empty_state.py" line="49"/>
        <source>Enter the confirmation code sent to your e-mail.</source>
        <translation>Введите код подтверждения, отправленный на вашу почту.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/empty_state.py" line="50"/>
        <source>A QR code appears: scan it with Keydesk, or copy its link and paste it here.</source>
        <translation>Появится QR-код: отсканируйте его в Keydesk или скопируйте ссылку и вставьте её сюда.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/empty_state.py" line="51"/>
        <source>Type the code Keydesk shows and press &lt;b&gt;Complete the setup&lt;/b&gt;.</source>
        <translation>Введите код, который показывает Keydesk, и нажмите &lt;b&gt;Завершить настройку&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/empty_state.py" line="72"/>
        <source>Scan QR code</source>
        <translation>Сканировать QR-код</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/empty_state.py" line="77"/>
        <source>Paste link</source>
        <translation>Вставить ссылку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/empty_state.py" line="82"/>
        <source>Enter key manually</source>
        <translation>Ввести ключ вручную</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/enroll_dialog.py" line="34"/>
        <source>Set up my authenticator</source>
        <translation>Подключить мой аутентификатор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/enroll_dialog.py" line="38"/>
        <source>Keydesk will become your authenticator for this server. First we send a confirmation code to your e-mail.</source>
        <translation>Keydesk станет вашим приложением-аутентификатором для этого сервера. Сначала мы отправим код подтверждения на ваш e-mail.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/enroll_dialog.py" line="45"/>
        <source>Code from the e-mail</source>
        <translation>Код из письма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/enroll_dialog.py" line="52"/>
        <source>Send the code</source>
        <translation>Отправить код</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/enroll_dialog.py" line="79"/>
        <source>Enter the code we e-mailed you. The new account goes straight into your vault and the setup completes by itself.</source>
        <translation>Введите код из письма. Новая учётная запись сразу попадёт в ваше хранилище, и подключение завершится само.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/enroll_dialog.py" line="85"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/enroll_dialog.py" line="102"/>
        <source>Done: your logins now ask for the code of %1 in your vault.</source>
        <translation>Готово: при входе теперь запрашивается код «%1» из вашего хранилища.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors_text.py" line="14"/>
        <source>The key can only contain letters A–Z and digits 2–7; “%1” at position %2 is not allowed.</source>
        <translation>Ключ может содержать только буквы A–Z и цифры 2–7; символ «%1» в позиции %2 недопустим.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors_text.py" line="21"/>
        <source>A key cannot be %1 characters long; check that it was copied completely.</source>
        <translation>Ключ не может состоять из %1 символов; проверьте, что он скопирован полностью.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors_text.py" line="25"/>
        <source>Enter the key.</source>
        <translation>Введите ключ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors_text.py" line="28"/>
        <source>There is text after the “=” padding of the key.</source>
        <translation>После заполнителя «=» в ключе есть лишний текст.</translation>
    </message>
</context>
<context>
    <name>GroupChips</name>
    <message>
        <location filename="../../desktop/ui/chips.py" line="22"/>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chips.py" line="41"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chips.py" line="46"/>
        <source>Show group %1</source>
        <translation>Показать группу %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/chips.py" line="46"/>
        <source>Show all groups</source>
        <translation>Показать все группы</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/login_dialog.py" line="0"/>
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/login_dialog.py" line="51"/>
        <source>Re-confirm with a fresh code</source>
        <translation>Подтверждение новым кодом</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/login_dialog.py" line="51"/>
        <location filename="../../desktop/ui/admin/login_dialog.py" line="144"/>
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/login_dialog.py" line="63"/>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/login_dialog.py" line="79"/>
        <source>These edits weaken security, so they wait until you confirm them with a fresh code:</source>
        <translation>Эти изменения ослабляют защиту, поэтому ждут, пока вы подтвердите их новым кодом:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/login_dialog.py" line="95"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/login_dialog.py" line="96"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/login_dialog.py" line="97"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/login_dialog.py" line="107"/>
        <source>6-digit code</source>
        <translation>Код из 6 цифр</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/login_dialog.py" line="118"/>
        <source>Talking to the server…</source>
        <translation>Связь с сервером…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/login_dialog.py" line="129"/>
        <source>Fill in the server, your login and your password.</source>
        <translation>Укажите сервер, логин и пароль.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/login_dialog.py" line="146"/>
        <source>Enter the code from your authenticator app.</source>
        <translation>Введите код из приложения-аутентификатора.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/login_dialog.py" line="151"/>
        <source>We sent a 6-digit code to your e-mail address. Enter it here (it is valid for 10 minutes).</source>
        <translation>Мы отправили код из 6 цифр на ваш e-mail. Введите его здесь (он действует 10 минут).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/login_dialog.py" line="163"/>
        <source>Use code from %1</source>
        <translation>Код из «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/login_dialog.py" line="181"/>
        <source>Enter the code.</source>
        <translation>Введите код.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="84"/>
        <source>Keydesk</source>
        <translation>Keydesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="206"/>
        <source>No account matches your search.</source>
        <translation>Ни одна учётная запись не подходит под запрос.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="211"/>
        <source>Enter copies the selected code · ↑ ↓ choose · Esc clears</source>
        <translation>Enter — копировать код · ↑ ↓ — выбрать · Esc — очистить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="126"/>
        <source>Type to search accounts</source>
        <translation>Поиск по аккаунтам</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="127"/>
        <source>Search accounts</source>
        <translation>Поиск учётных записей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="135"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="136"/>
        <source>Add account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="140"/>
        <location filename="../../desktop/ui/main_window.py" line="141"/>
        <source>Main menu</source>
        <translation>Главное меню</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="157"/>
        <source>Accounts</source>
        <translation>Учётные записи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="318"/>
        <source>The vault was changed outside this window; the list was reloaded.</source>
        <translation>Хранилище изменено вне этого окна; список обновлён.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Автоматическое резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="46"/>
        <location filename="../../desktop/ui/manual_dialog.py" line="74"/>
        <source>Add account</source>
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="50"/>
        <source>Service, e.g. Chat2Desk</source>
        <translation>Сервис, например Chat2Desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="50"/>
        <source>Service</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="51"/>
        <source>Login or e-mail</source>
        <translation>Логин или e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="51"/>
        <source>Account name</source>
        <translation>Имя учётной записи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="53"/>
        <source>Key from the service, e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation>Ключ от сервиса, например JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="53"/>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="59"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="60"/>
        <source>&amp;Service:</source>
        <translation>&amp;Сервис:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="61"/>
        <source>&amp;Account:</source>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="62"/>
        <source>&amp;Key:</source>
        <translation>&amp;Ключ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="67"/>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="94"/>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="97"/>
        <source>Time-based (TOTP)</source>
        <translation>По времени (TOTP)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="98"/>
        <source>Counter-based (HOTP)</source>
        <translation>По счётчику (HOTP)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="99"/>
        <source>Steam Guard</source>
        <translation>Steam Guard</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="100"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="103"/>
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="104"/>
        <source>Digits</source>
        <translation>Цифр</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="105"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="106"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="107"/>
        <source>Counter</source>
        <translation>Счётчик</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="108"/>
        <source>&amp;Type:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="109"/>
        <source>Al&amp;gorithm:</source>
        <translation>&amp;Алгоритм:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="110"/>
        <source>&amp;Digits:</source>
        <translation>&amp;Цифр:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="111"/>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="112"/>
        <source>&amp;Counter:</source>
        <translation>С&amp;чётчик:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="132"/>
        <source>Preview of the code</source>
        <translation>Предпросмотр кода</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="135"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="189"/>
        <source>Name the service or the account.</source>
        <translation>Укажите сервис или учётную запись.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="198"/>
        <source>The code appears here once the key is valid.</source>
        <translation>Код появится здесь, когда ключ будет верным.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="203"/>
        <source>Counter-based: a new code each time you ask for one.</source>
        <translation>По счётчику: новый код при каждом запросе.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/manual_dialog.py" line="205"/>
        <source>Changes in %n s</source>
        <translation>
            <numerusform>Сменится через %n с</numerusform>
            <numerusform>Сменится через %n с</numerusform>
            <numerusform>Сменится через %n с</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/manual_dialog.py" line="208"/>
        <source>This key is shorter than recommended; the service may be outdated.</source>
        <translation>Ключ короче рекомендуемого; возможно, сервис устарел.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../desktop/ui/notice.py" line="15"/>
        <source>Notification</source>
        <translation>Уведомление</translation>
    </message>
</context>
<context>
    <name>OperatorsView</name>
    <message>
        <location filename="../../desktop/ui/admin/operators.py" line="20"/>
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/operators.py" line="22"/>
        <source>Everyone who can log in, with how they confirm their login. Resetting an authenticator sends the person back to e-mail codes and logs them out.</source>
        <translation>Все, кто может входить, и способ подтверждения входа. Сброс аутентификатора возвращает человека к кодам из писем и завершает его сеансы.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/operators.py" line="31"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/operators.py" line="32"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/operators.py" line="33"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/operators.py" line="34"/>
        <source>Two-factor</source>
        <translation>Второй фактор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/operators.py" line="35"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/operators.py" line="40"/>
        <source>Reset authenticator…</source>
        <translation>Сбросить аутентификатор…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/operators.py" line="52"/>
        <source>E-mail code</source>
        <translation>Код из письма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/operators.py" line="52"/>
        <source>Authenticator app</source>
        <translation>Приложение-аутентификатор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/operators.py" line="85"/>
        <source>Reset authenticator</source>
        <translation>Сброс аутентификатора</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/operators.py" line="87"/>
        <source>%1 will log in with e-mail codes again and is logged out everywhere. Continue?</source>
        <translation>%1 снова будет входить по кодам из писем, все сеансы будут завершены. Продолжить?</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase.py" line="30"/>
        <source>Choose a passphrase</source>
        <translation>Выбор пароля</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase.py" line="30"/>
        <source>Unlock Keydesk</source>
        <translation>Разблокировка Keydesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase.py" line="39"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase.py" line="40"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase.py" line="41"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase.py" line="43"/>
        <source>&amp;Repeat:</source>
        <translation>П&amp;овтор:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase.py" line="54"/>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase.py" line="54"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase.py" line="62"/>
        <source>Enter the passphrase that protects this Keydesk vault.</source>
        <translation>Введите пароль, защищающий это хранилище Keydesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase.py" line="64"/>
        <source>Keydesk keeps your accounts in an encrypted vault. The system keyring cannot hold its key on this computer, so protect the vault with a passphrase instead. Keep it safe: without it the accounts cannot be recovered.</source>
        <translation>Keydesk хранит учётные записи в зашифрованном хранилище. Системная связка ключей на этом компьютере не может хранить его ключ, поэтому защитите хранилище паролем. Не теряйте его: без него учётные записи не восстановить.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase.py" line="69"/>
        <source>Why: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/passphrase.py" line="94"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Используйте не меньше %n символа.</numerusform>
            <numerusform>Используйте не меньше %n символов.</numerusform>
            <numerusform>Используйте не меньше %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/passphrase.py" line="96"/>
        <source>The two passphrases differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>PendingNote</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/page.py" line="78"/>
        <source>%n change here is not on the server yet.</source>
        <extracomment>Resource prefixes this page edits (for the pending note).</extracomment>
        <translation>
            <numerusform>%n изменение здесь ещё не отправлено на сервер.</numerusform>
            <numerusform>%n изменения здесь ещё не отправлены на сервер.</numerusform>
            <numerusform>%n изменений здесь ещё не отправлено на сервер.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/page.py" line="80"/>
        <source>%n changes here are not on the server yet.</source>
        <translation>
            <numerusform>%n изменение здесь ещё не отправлено на сервер.</numerusform>
            <numerusform>%n изменения здесь ещё не отправлены на сервер.</numerusform>
            <numerusform>%n изменений здесь ещё не отправлено на сервер.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/page.py" line="84"/>
        <source>%n waits for your re-confirmation.</source>
        <translation>
            <numerusform>%n ждёт вашего подтверждения.</numerusform>
            <numerusform>%n ждут вашего подтверждения.</numerusform>
            <numerusform>%n ждут вашего подтверждения.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/page.py" line="86"/>
        <source>%n wait for your re-confirmation.</source>
        <translation>
            <numerusform>%n ждёт вашего подтверждения.</numerusform>
            <numerusform>%n ждут вашего подтверждения.</numerusform>
            <numerusform>%n ждут вашего подтверждения.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/page.py" line="90"/>
        <source>%n conflict needs a decision.</source>
        <translation>
            <numerusform>%n конфликт требует решения.</numerusform>
            <numerusform>%n конфликта требуют решения.</numerusform>
            <numerusform>%n конфликтов требуют решения.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/page.py" line="92"/>
        <source>%n conflicts need a decision.</source>
        <translation>
            <numerusform>%n конфликт требует решения.</numerusform>
            <numerusform>%n конфликта требуют решения.</numerusform>
            <numerusform>%n конфликтов требуют решения.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PermissionsEditor</name>
    <message>
        <location filename="../../desktop/ui/admin/permissions.py" line="35"/>
        <source>Role permissions</source>
        <translation>Права ролей</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/permissions.py" line="37"/>
        <source>Which sections and functions each role may use. Click a function&apos;s name to switch it for every role, or a role&apos;s name to switch a whole column.</source>
        <translation>Какие разделы и функции доступны каждой роли. Щёлкните название функции, чтобы переключить её для всех ролей, или название роли — чтобы переключить весь столбец.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/permissions.py" line="51"/>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/permissions.py" line="54"/>
        <source>Revert</source>
        <translation>Отменить</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/permissions.py" line="161"/>
        <source>%n unsaved change</source>
        <translation>
            <numerusform>%n несохранённое изменение</numerusform>
            <numerusform>%n несохранённых изменения</numerusform>
            <numerusform>%n несохранённых изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/permissions.py" line="163"/>
        <source>%n unsaved changes</source>
        <translation>
            <numerusform>%n несохранённое изменение</numerusform>
            <numerusform>%n несохранённых изменения</numerusform>
            <numerusform>%n несохранённых изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrators always have every permission, so their column cannot be changed.</source>
        <translation>У администраторов всегда есть все права, поэтому их столбец изменить нельзя.</translation>
    </message>
    <message>
        <source>Administrators always have every permission.</source>
        <translation>У администраторов всегда есть все права.</translation>
    </message>
</context>
<context>
    <name>PreviewWidget</name>
    <message>
        <location filename="../../desktop/ui/scan/preview.py" line="27"/>
        <source>Camera preview</source>
        <translation>Изображение с камеры</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="61"/>
        <source>Scan QR code</source>
        <translation>Сканировать QR-код</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="81"/>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="83"/>
        <source>&amp;Camera:</source>
        <translation>&amp;Камера:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="86"/>
        <source>Scan progress</source>
        <translation>Ход сканирования</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="92"/>
        <source>Scan &amp;again</source>
        <translation>Сканировать &amp;снова</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="93"/>
        <source>&amp;Try again</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="96"/>
        <location filename="../../desktop/ui/scan/dialog.py" line="296"/>
        <source>&amp;Add account</source>
        <translation>&amp;Добавить учётную запись</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="150"/>
        <source>No camera</source>
        <translation>Нет камеры</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="164"/>
        <source>Scan an image</source>
        <translation>Сканировать изображение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="164"/>
        <source>Images (%1)</source>
        <translation>Изображения (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="181"/>
        <source>clipboard</source>
        <translation>буфер обмена</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="185"/>
        <source>The clipboard holds no image and no text.</source>
        <translation>В буфере обмена нет ни изображения, ни текста.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="201"/>
        <source>screen</source>
        <translation>экран</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="213"/>
        <source>Hold the QR code up to the camera.</source>
        <translation>Поднесите QR-код к камере.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="215"/>
        <source>Looking for a QR code…</source>
        <translation>Поиск QR-кода…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="265"/>
        <source>This code belongs to another Google Authenticator export. Finish the current one first (%1 of %2 scanned).</source>
        <translation>Этот код из другого экспорта Google Authenticator. Сначала завершите текущий (отсканировано %1 из %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="275"/>
        <source>%1 of %2 scanned</source>
        <translation>Отсканировано %1 из %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="279"/>
        <source>Export code %1 of %2 scanned. Now show code %3.</source>
        <translation>Отсканирован код экспорта %1 из %2. Теперь покажите код %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="291"/>
        <source>Found 1 account</source>
        <translation>Найдена 1 учётная запись</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/scan/dialog.py" line="291"/>
        <source>Found %n accounts</source>
        <translation>
            <numerusform>Найдена %n учётная запись</numerusform>
            <numerusform>Найдено %n учётные записи</numerusform>
            <numerusform>Найдено %n учётных записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/scan/dialog.py" line="296"/>
        <source>&amp;Add %n accounts</source>
        <translation>
            <numerusform>&amp;Добавить %n учётную запись</numerusform>
            <numerusform>&amp;Добавить %n учётные записи</numerusform>
            <numerusform>&amp;Добавить %n учётных записей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/dialog.py" line="319"/>
        <source>No QR code was found. Try a sharper or larger picture.</source>
        <translation>QR-код не найден. Попробуйте более чёткое или крупное изображение.</translation>
    </message>
</context>
<context>
    <name>ScanMessages</name>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="13"/>
        <source>a web address</source>
        <translation>веб-адрес</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="14"/>
        <source>Wi-Fi network settings</source>
        <translation>настройки сети Wi-Fi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="15"/>
        <source>a contact card</source>
        <translation>визитную карточку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="16"/>
        <source>a calendar event</source>
        <translation>событие календаря</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="17"/>
        <source>an e-mail address</source>
        <translation>адрес e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="18"/>
        <source>a phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="19"/>
        <source>a text message</source>
        <translation>SMS-сообщение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="20"/>
        <source>a map location</source>
        <translation>место на карте</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="21"/>
        <source>a payment request</source>
        <translation>запрос на оплату</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="22"/>
        <source>a link</source>
        <translation>ссылку</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="23"/>
        <source>binary data</source>
        <translation>двоичные данные</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="24"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="25"/>
        <source>no text</source>
        <translation>пустой текст</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="34"/>
        <source>No camera was found. Connect a webcam, or scan from the screen or an image file.</source>
        <translation>Камера не найдена. Подключите веб-камеру или сканируйте с экрана либо из файла изображения.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="38"/>
        <source>The camera is in use by another program (a video call?). Close it and try again.</source>
        <translation>Камера занята другой программой (видеозвонок?). Закройте её и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="42"/>
        <source>Keydesk is not allowed to use the camera. Allow camera access in the system settings (on Linux: add yourself to the “video” group) and try again.</source>
        <translation>Keydesk не разрешено пользоваться камерой. Разрешите доступ к камере в настройках системы (в Linux добавьте себя в группу «video») и повторите попытку.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="47"/>
        <source>The camera stopped sending pictures. Was it unplugged?</source>
        <translation>Камера перестала передавать изображение. Её отключили?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="50"/>
        <source>No QR code was found.</source>
        <translation>QR-код не найден.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="64"/>
        <source>This file cannot be read as an image. Choose a PNG, JPEG or WebP file.</source>
        <translation>Этот файл не читается как изображение. Выберите файл PNG, JPEG или WebP.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="67"/>
        <source>The picture source cannot be read.</source>
        <translation>Не удаётся прочитать источник изображения.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="70"/>
        <source>This Google Authenticator export code is damaged or cannot be read.</source>
        <translation>Этот код экспорта Google Authenticator повреждён или не читается.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="74"/>
        <source>This authenticator link cannot be used: it is incomplete or damaged.</source>
        <translation>Эту ссылку аутентификатора нельзя использовать: она неполная или повреждена.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="77"/>
        <source>The key in this code is not valid.</source>
        <translation>Ключ в этом коде неверный.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="80"/>
        <source>The account in this code is not valid.</source>
        <translation>Учётная запись в этом коде неверна.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="89"/>
        <source>This QR code holds an authenticator link behind other text; only a code that starts with otpauth:// can be used.</source>
        <translation>В этом QR-коде ссылка аутентификатора стоит после другого текста; подходит только код, который начинается с otpauth://.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="95"/>
        <source>something else</source>
        <translation>что-то другое</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="99"/>
        <source>This QR code holds %1: %2, not an authenticator setup code.</source>
        <translation>В этом QR-коде %1: %2, а не код настройки аутентификатора.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/messages.py" line="105"/>
        <source>This QR code holds %1, not an authenticator setup code.</source>
        <translation>В этом QR-коде %1, а не код настройки аутентификатора.</translation>
    </message>
</context>
<context>
    <name>ScreenRegionPicker</name>
    <message>
        <location filename="../../desktop/ui/scan/screen_picker.py" line="45"/>
        <source>Select a QR code on the screen</source>
        <translation>Выберите QR-код на экране</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan/screen_picker.py" line="96"/>
        <source>Drag a rectangle around the QR code, or click a code outlined in green. Esc cancels.</source>
        <translation>Обведите QR-код рамкой или щёлкните код, выделенный зелёным. Esc — отмена.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="29"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="43"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="49"/>
        <source>Codes</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="53"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="55"/>
        <source>Clear the clipboard after</source>
        <translation>Очищать буфер обмена через</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="56"/>
        <source>C&amp;lear the clipboard after:</source>
        <translation>&amp;Очищать буфер обмена через:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="57"/>
        <source>&amp;Hide codes until clicked</source>
        <translation>&amp;Скрывать коды до щелчка</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="59"/>
        <source>Show the &amp;next code near the end of the period</source>
        <translation>Показывать &amp;следующий код в конце периода</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="66"/>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="70"/>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="71"/>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="72"/>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="76"/>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="78"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="83"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="84"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="85"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="86"/>
        <source>A new language applies the next time Keydesk starts.</source>
        <translation>Новый язык применится при следующем запуске Keydesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="93"/>
        <source>System tray</source>
        <translation>Системный лоток</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="96"/>
        <source>&amp;Start minimised to the tray</source>
        <translation>&amp;Запускаться свёрнутым в лоток</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="99"/>
        <source>&amp;Closing the window keeps Keydesk in the tray</source>
        <translation>&amp;При закрытии окна оставаться в лотке</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="106"/>
        <source>Clock check</source>
        <translation>Проверка часов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="110"/>
        <source>Time server</source>
        <translation>Сервер времени</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="111"/>
        <source>Time &amp;server:</source>
        <translation>&amp;Сервер времени:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="114"/>
        <source>Keydesk compares the computer&apos;s clock with this HTTPS server at start and every hour. Leave empty to turn the check off.</source>
        <translation>Keydesk сверяет часы компьютера с этим HTTPS-сервером при запуске и каждый час. Оставьте пустым, чтобы отключить проверку.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="134"/>
        <source>The time server must be an https:// address.</source>
        <translation>Адрес сервера времени должен начинаться с https://.</translation>
    </message>
    <message>
        <source>Window and quick pick</source>
        <translation>Окно и быстрый выбор</translation>
    </message>
    <message>
        <source>Keep the window &amp;on top of others</source>
        <translation>Держать окно &amp;поверх других</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <source>Global shortcut for the quick pick</source>
        <translation>Глобальное сочетание клавиш для быстрого выбора</translation>
    </message>
    <message>
        <source>&amp;Quick pick shortcut:</source>
        <translation>&amp;Быстрый выбор:</translation>
    </message>
    <message>
        <source>From anywhere on the desktop, e.g. Ctrl+Alt+K; empty turns it off.</source>
        <translation>Из любого места рабочего стола, например Ctrl+Alt+K; пустое поле выключает.</translation>
    </message>
    <message>
        <source>Write the shortcut as modifiers and a key, e.g. Ctrl+Alt+K (Ctrl, Alt or Meta included), or leave it empty.</source>
        <translation>Запишите сочетание как модификаторы и клавишу, например Ctrl+Alt+K (с Ctrl, Alt или Meta), или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Блокировка</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation>Блокировать после минут без действий</translation>
    </message>
    <message>
        <source>Lock after &amp;idle:</source>
        <translation>Блокировать при &amp;бездействии:</translation>
    </message>
    <message>
        <source>Lock when the computer &amp;locks or sleeps</source>
        <translation>Блокировать, когда компьютер &amp;блокируется или засыпает</translation>
    </message>
    <message>
        <source>Lock when &amp;minimised</source>
        <translation>Блокировать при &amp;сворачивании</translation>
    </message>
    <message>
        <source>Always &amp;ask for this profile&apos;s passphrase at start</source>
        <translation>Всегда &amp;спрашивать пароль этого профиля при запуске</translation>
    </message>
</context>
<context>
    <name>RestoreOffer</name>
    <message>
        <source>Earlier copy: %1, saved %2.</source>
        <translation>Прежняя копия: %1, сохранена %2.</translation>
    </message>
    <message>
        <source>The vault file is missing or damaged, but an earlier copy of it is still there.</source>
        <translation>Файл хранилища пропал или повреждён, но его прежняя копия сохранилась.</translation>
    </message>
    <message>
        <source>Restoring puts that copy back and keeps the current file beside it, so nothing is lost. Edits made after that copy was saved are not in it.</source>
        <translation>Восстановление вернёт эту копию на место, а текущий файл сохранит рядом, так что ничего не потеряется. Изменений, сделанных после сохранения копии, в ней нет.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Восстановить копию</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Keydesk cannot open the vault</source>
        <translation>Keydesk не может открыть хранилище</translation>
    </message>
    <message>
        <source>Restored the vault from %1.</source>
        <translation>Хранилище восстановлено из %1.</translation>
    </message>
    <message>
        <source>Restored the vault from %1. The file it replaced is kept as %2.</source>
        <translation>Хранилище восстановлено из %1. Заменённый файл сохранён как %2.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/ui/startup.py" line="112"/>
        <source>Wrong passphrase. Try again.</source>
        <extracomment>How long the rest of the window waits for its first frame before completing anyway.</extracomment>
        <translation>Неверный пароль. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/startup.py" line="135"/>
        <source>Keydesk cannot open the vault</source>
        <translation>Keydesk не может открыть хранилище</translation>
    </message>
</context>
<context>
    <name>SupportAccessEditor</name>
    <message>
        <location filename="../../desktop/ui/admin/support.py" line="28"/>
        <source>Technical support access</source>
        <translation>Доступ техподдержки</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/support.py" line="30"/>
        <source>Let the vendor&apos;s support team into this account for a limited time. The grant ends by itself; granting it needs your re-confirmation with a fresh code.</source>
        <translation>Пустить техподдержку поставщика в эту учётную запись на ограниченное время. Доступ закончится сам; для его выдачи нужно подтверждение новым кодом.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/support.py" line="41"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/support.py" line="44"/>
        <source>Why support needs access</source>
        <translation>Зачем техподдержке доступ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/support.py" line="47"/>
        <source>e.g. SUP-1234</source>
        <translation>например, SUP-1234</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/support.py" line="48"/>
        <source>Grant access</source>
        <translation>Дать доступ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/support.py" line="51"/>
        <source>Revoke access</source>
        <translation>Отозвать доступ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/support.py" line="59"/>
        <source>Grant</source>
        <translation>Выдача доступа</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/support.py" line="61"/>
        <source>Duration</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/support.py" line="62"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/support.py" line="63"/>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/support.py" line="80"/>
        <source>Support has access until %1. Reason: %2</source>
        <translation>Техподдержка имеет доступ до %1. Причина: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/support.py" line="83"/>
        <source>Support has no access.</source>
        <translation>У техподдержки нет доступа.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/support.py" line="88"/>
        <source>The grant waits for your re-confirmation with a fresh code (use “re-confirm” at the top).</source>
        <translation>Выдача доступа ждёт вашего подтверждения новым кодом (кнопка «подтвердить» вверху).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/support.py" line="93"/>
        <source>(change not on the server yet)</source>
        <translation>(изменение ещё не отправлено на сервер)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/support.py" line="99"/>
        <source>A reason is required.</source>
        <translation>Укажите причину.</translation>
    </message>
</context>
<context>
    <name>SupportBanner</name>
    <message>
        <location filename="../../desktop/ui/admin/status_bar.py" line="132"/>
        <source>Revoke now</source>
        <translation>Отозвать сейчас</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/status_bar.py" line="164"/>
        <source>Technical support can access this account — %1 left</source>
        <translation>У техподдержки есть доступ к этой учётной записи — осталось %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/status_bar.py" line="166"/>
        <source> (ticket %1)</source>
        <translation> (обращение %1)</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Server busy — try again after %1</source>
        <translation>Сервер перегружен — повторите после %1</translation>
    </message>
    <message>
        <source>Server error — edits kept</source>
        <translation>Ошибка сервера — правки сохранены</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/status_bar.py" line="43"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/status_bar.py" line="45"/>
        <location filename="../../desktop/ui/admin/status_bar.py" line="87"/>
        <source>Log in…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/status_bar.py" line="60"/>
        <source>Sync status</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/status_bar.py" line="67"/>
        <source>Not logged in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/status_bar.py" line="67"/>
        <source>Log in again</source>
        <translation>Нужно войти снова</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/status_bar.py" line="70"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/status_bar.py" line="72"/>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/status_bar.py" line="76"/>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/status_bar.py" line="76"/>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/status_bar.py" line="87"/>
        <source>Log in again…</source>
        <translation>Войти снова…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/status_bar.py" line="94"/>
        <source>%n edit pending</source>
        <translation>
            <numerusform>%n изменение ожидает отправки</numerusform>
            <numerusform>%n изменения ожидают отправки</numerusform>
            <numerusform>%n изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/status_bar.py" line="96"/>
        <source>%n edits pending</source>
        <translation>
            <numerusform>%n изменение ожидает отправки</numerusform>
            <numerusform>%n изменения ожидают отправки</numerusform>
            <numerusform>%n изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/status_bar.py" line="100"/>
        <source>%n held — re-confirm…</source>
        <translation>
            <numerusform>%n ждёт подтверждения — подтвердить…</numerusform>
            <numerusform>%n ждут подтверждения — подтвердить…</numerusform>
            <numerusform>%n ждут подтверждения — подтвердить…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/status_bar.py" line="103"/>
        <source>%n conflict — resolve…</source>
        <translation>
            <numerusform>%n конфликт — решить…</numerusform>
            <numerusform>%n конфликта — решить…</numerusform>
            <numerusform>%n конфликтов — решить…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/status_bar.py" line="105"/>
        <source>%n conflicts — resolve…</source>
        <translation>
            <numerusform>%n конфликт — решить…</numerusform>
            <numerusform>%n конфликта — решить…</numerusform>
            <numerusform>%n конфликтов — решить…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/admin/status_bar.py" line="108"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n отклонено</numerusform>
            <numerusform>%n отклонено</numerusform>
            <numerusform>%n отклонено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/status_bar.py" line="114"/>
        <source>Never synced</source>
        <translation>Ещё не синхронизировалось</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/status_bar.py" line="117"/>
        <source>Last sync %1</source>
        <translation>Синхронизация в %1</translation>
    </message>
    <message>
        <source>Online · checked %1</source>
        <translation>В сети · проверено в %1</translation>
    </message>
    <message>
        <source>Offline · tried %1</source>
        <translation>Нет связи · попытка в %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/ui/tray.py" line="24"/>
        <source>Keydesk tray menu</source>
        <translation>Меню Keydesk в лотке</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="26"/>
        <source>Keydesk</source>
        <translation>Keydesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="41"/>
        <source>Favourites — click to copy</source>
        <translation>Избранное — щёлкните, чтобы скопировать</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="48"/>
        <source>&amp;Show Keydesk</source>
        <translation>&amp;Показать Keydesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tray.py" line="50"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Unlock Keydesk…</source>
        <translation>&amp;Разблокировать Keydesk…</translation>
    </message>
</context>
<context>
    <name>TwoFactorEditor</name>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="35"/>
        <source>Two-factor authentication</source>
        <translation>Двухфакторная аутентификация</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="37"/>
        <source>How people prove it is them after the password. E-mail codes are the default; an authenticator app is stronger.</source>
        <translation>Как пользователи подтверждают свою личность после пароля. По умолчанию — коды из писем; приложение-аутентификатор надёжнее.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="43"/>
        <source>E-mail code</source>
        <translation>Код из письма</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="44"/>
        <location filename="../../desktop/ui/admin/two_factor.py" line="96"/>
        <source>Authenticator app</source>
        <translation>Приложение-аутентификатор</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="47"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="55"/>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="68"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="74"/>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="77"/>
        <source>Revert</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="87"/>
        <source>Policy</source>
        <translation>Политика</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="89"/>
        <source>Default method</source>
        <translation>Способ по умолчанию</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="90"/>
        <source>Authenticator required for</source>
        <translation>Аутентификатор обязателен для</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="91"/>
        <source>Grace period to set it up</source>
        <translation>Отсрочка на подключение</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="92"/>
        <source>E-mail codes</source>
        <translation>Коды из писем</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="94"/>
        <source>Valid for</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="95"/>
        <source>Wrong codes allowed</source>
        <translation>Допустимо неверных кодов</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="98"/>
        <source>Issuer shown in the app</source>
        <translation>Издатель в приложении</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="99"/>
        <source>Digits</source>
        <translation>Цифр</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="100"/>
        <source>Code lifetime</source>
        <translation>Срок действия кода</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="101"/>
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/two_factor.py" line="204"/>
        <source>The issuer cannot be empty.</source>
        <translation>Издатель не может быть пустым.</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <location filename="../../desktop/ui/session.py" line="81"/>
        <source>The vault is not open.</source>
        <extracomment>The accounts were replaced wholesale (reload after another process saved). A write failed; the text is for the user.</extracomment>
        <translation>Хранилище не открыто.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="91"/>
        <source>Could not save the vault: %1</source>
        <translation>Не удалось сохранить хранилище: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="97"/>
        <source>The vault was changed outside this window.</source>
        <translation>Хранилище изменено вне этого окна.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/session.py" line="111"/>
        <source>Could not reopen the vault: %1</source>
        <translation>Не удалось заново открыть хранилище: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import accounts</source>
        <translation>Импорт учётных записей</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Что будет импортировано</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Choose the export of another authenticator app.</source>
        <translation>Выберите файл экспорта другого приложения-аутентификатора.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>Password of the export</source>
        <translation>Пароль экспорта</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Прочитать</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>This export is encrypted. Enter its password.</source>
        <translation>Экспорт зашифрован. Введите его пароль.</translation>
    </message>
    <message>
        <source>The password is wrong. Nothing was imported.</source>
        <translation>Неверный пароль. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Keydesk cannot import this file: %1</source>
        <translation>Keydesk не может импортировать этот файл: %1</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Файл не удаётся прочитать: %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Формат: %1</translation>
    </message>
    <message numerus="yes">
        <source>To add (%n)</source>
        <translation>
            <numerusform>Будет добавлена (%n)</numerusform>
            <numerusform>Будут добавлены (%n)</numerusform>
            <numerusform>Будут добавлены (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicates, skipped (%n)</source>
        <translation>
            <numerusform>Повтор, пропускается (%n)</numerusform>
            <numerusform>Повторы, пропускаются (%n)</numerusform>
            <numerusform>Повторы, пропускаются (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cannot be imported (%n)</source>
        <translation>
            <numerusform>Нельзя импортировать (%n)</numerusform>
            <numerusform>Нельзя импортировать (%n)</numerusform>
            <numerusform>Нельзя импортировать (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Внимание: %1</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>Ничего не записывается, пока вы не нажмёте «Импортировать».</translation>
    </message>
    <message>
        <source>counter-based, %1 digits</source>
        <translation>по счётчику, %1 цифр</translation>
    </message>
    <message>
        <source>%1 digits every %2 s</source>
        <translation>%1 цифр каждые %2 с</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Also add the &amp;duplicates</source>
        <translation>Добавить и &amp;повторы</translation>
    </message>
    <message>
        <source>Accounts with the same secret, issuer and name are skipped unless ticked.</source>
        <translation>Учётные записи с тем же ключом, сервисом и именем пропускаются, если не отметить.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReasons</name>
    <message>
        <source>Codes with %1 digits are not supported</source>
        <translation>Коды из %1 цифр не поддерживаются</translation>
    </message>
    <message>
        <source>%1 accounts are not supported</source>
        <translation>Учётные записи %1 не поддерживаются</translation>
    </message>
    <message>
        <source>The %1 algorithm is not supported</source>
        <translation>Алгоритм %1 не поддерживается</translation>
    </message>
    <message>
        <source>The secret is not valid</source>
        <translation>Недопустимый секретный ключ</translation>
    </message>
    <message>
        <source>The entry has no secret</source>
        <translation>У записи нет секретного ключа</translation>
    </message>
    <message>
        <source>The entry has neither an issuer nor a name</source>
        <translation>У записи нет ни сервиса, ни имени</translation>
    </message>
    <message>
        <source>The entry is in the other app's trash</source>
        <translation>Запись находится в корзине другого приложения</translation>
    </message>
    <message>
        <source>The entry is malformed</source>
        <translation>Запись повреждена</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export accounts</source>
        <translation>Экспорт учётных записей</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>П&amp;овтор:</translation>
    </message>
    <message>
        <source>I understand; export anyway</source>
        <translation>Я понимаю; всё равно экспортировать</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <source>Keydesk backup (encrypted)</source>
        <translation>Резервная копия Keydesk (зашифрована)</translation>
    </message>
    <message>
        <source>Aegis vault (encrypted)</source>
        <translation>Хранилище Aegis (зашифровано)</translation>
    </message>
    <message>
        <source>Aegis vault (not encrypted)</source>
        <translation>Хранилище Aegis (не зашифровано)</translation>
    </message>
    <message>
        <source>otpauth:// links (not encrypted)</source>
        <translation>Ссылки otpauth:// (не зашифрованы)</translation>
    </message>
    <message>
        <source>A QR code per account (not encrypted)</source>
        <translation>QR-код для каждой учётной записи (не зашифрованы)</translation>
    </message>
    <message>
        <source>Google Authenticator transfer QR codes (not encrypted)</source>
        <translation>QR-коды переноса в Google Authenticator (не зашифрованы)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>&amp;Save as PNG files…</source>
        <translation>&amp;Сохранить как PNG…</translation>
    </message>
    <message>
        <source>This export is NOT encrypted: anyone who gets the file or sees the QR codes can make your codes. Keep it safe and delete it when you are done.</source>
        <translation>Этот экспорт НЕ зашифрован: любой, кто получит файл или увидит QR-коды, сможет получать ваши коды. Храните его надёжно и удалите, когда он станет не нужен.</translation>
    </message>
    <message>
        <source>&amp;Show QR codes</source>
        <translation>&amp;Показать QR-коды</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Left out:
%1</source>
        <translation>Не вошли:
%1</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Записано: %1</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Ничего не экспортировано: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Save QR codes in</source>
        <translation>Сохранить QR-коды в</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Versions, newest first:</source>
        <translation>Версии, сначала новые:</translation>
    </message>
    <message>
        <source>Backup versions</source>
        <translation>Версии резервных копий</translation>
    </message>
    <message>
        <source>&amp;Restore this version…</source>
        <translation>&amp;Восстановить эту версию…</translation>
    </message>
    <message>
        <source>Back up after every change</source>
        <translation>Сохранять копию после каждого изменения</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Versions to keep:</source>
        <translation>Сколько версий хранить:</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка резервных копий</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Настройки не сохранены: %1</translation>
    </message>
    <message>
        <source>%1 — cannot be opened</source>
        <translation>%1 — не открывается</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n accounts</source>
        <translation>
            <numerusform>%1 — %n учётная запись</numerusform>
            <numerusform>%1 — %n учётные записи</numerusform>
            <numerusform>%1 — %n учётных записей</numerusform>
        </translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Восстановление…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message numerus="yes">
        <source>Replace the accounts with the %n accounts of the backup from %1?</source>
        <translation>
            <numerusform>Заменить учётные записи %n учётной записью из копии от %1?</numerusform>
            <numerusform>Заменить учётные записи %n учётными записями из копии от %1?</numerusform>
            <numerusform>Заменить учётные записи %n учётными записями из копии от %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Ничего не восстановлено: %1</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>Managed by your organisation</source>
        <translation>Управляется вашей организацией</translation>
    </message>
    <message>
        <source>Adding accounts is turned off.</source>
        <translation>Добавление аккаунтов отключено.</translation>
    </message>
    <message>
        <source>Editing accounts is turned off.</source>
        <translation>Изменение аккаунтов отключено.</translation>
    </message>
    <message>
        <source>Removing accounts is turned off.</source>
        <translation>Удаление аккаунтов отключено.</translation>
    </message>
    <message>
        <source>Importing is turned off.</source>
        <translation>Импорт отключён.</translation>
    </message>
    <message>
        <source>Exporting is turned off.</source>
        <translation>Экспорт отключён.</translation>
    </message>
    <message>
        <source>The admin console is turned off.</source>
        <translation>Консоль администратора отключена.</translation>
    </message>
    <message>
        <source>Creating profiles is turned off.</source>
        <translation>Создание профилей отключено.</translation>
    </message>
    <message>
        <source>Every profile needs a passphrase.</source>
        <translation>Каждому профилю нужна парольная фраза.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>Парольная фраза должна быть не короче %1 символов.</translation>
    </message>
    <message>
        <source>Accounts from “%1” cannot be added.</source>
        <translation>Аккаунты «%1» добавлять нельзя.</translation>
    </message>
    <message>
        <source>(no issuer)</source>
        <translation>(без издателя)</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>неверный тип</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>вне допустимого диапазона</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>неизвестный ключ</translation>
    </message>
    <message>
        <source>value not allowed</source>
        <translation>недопустимое значение</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>файл не читается</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>некорректный JSON</translation>
    </message>
    <message>
        <source>written for a newer Keydesk</source>
        <translation>написана для более новой версии Keydesk</translation>
    </message>
    <message>
        <source>a policy from your organisation is already in force</source>
        <translation>уже действует политика вашей организации</translation>
    </message>
    <message>
        <source>Keydesk cannot start</source>
        <translation>Keydesk не может запуститься</translation>
    </message>
    <message>
        <source>The policy set by your organisation cannot be applied:</source>
        <translation>Политику, заданную вашей организацией, нельзя применить:</translation>
    </message>
</context>
<context>
    <name>PickerPage</name>
    <message>
        <source>Who is working here?</source>
        <translation>Кто сейчас работает?</translation>
    </message>
    <message>
        <source>Choose your profile</source>
        <translation>Выберите свой профиль</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Passphrase for %1</source>
        <translation>Парольная фраза: %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
</context>
<context>
    <name>CodesPage</name>
    <message>
        <source>Type to find an account</source>
        <translation>Начните вводить название аккаунта</translation>
    </message>
    <message>
        <source>Find an account</source>
        <translation>Поиск аккаунта</translation>
    </message>
    <message>
        <source>Scan QR code with the camera</source>
        <translation>Сканировать QR-код камерой</translation>
    </message>
    <message>
        <source>Scan QR code on the screen</source>
        <translation>Сканировать QR-код с экрана</translation>
    </message>
    <message>
        <source>Done — lock</source>
        <translation>Готово — заблокировать</translation>
    </message>
    <message>
        <source>%1: tap an account to copy its code</source>
        <translation>%1: нажмите на аккаунт, чтобы скопировать код</translation>
    </message>
    <message>
        <source>(%1 s)</source>
        <translation>(%1 с)</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Неверная парольная фраза. Попробуйте ещё раз.</translation>
    </message>
    <message numerus="yes">
        <source>Copied. Back to the profiles in %n s.</source>
        <translation>
            <numerusform>Скопировано. Возврат к профилям через %n с.</numerusform>
            <numerusform>Скопировано. Возврат к профилям через %n с.</numerusform>
            <numerusform>Скопировано. Возврат к профилям через %n с.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. Try again in %n s.</source>
        <translation>
            <numerusform>Слишком много неверных попыток. Повторите через %n с.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторите через %n с.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторите через %n с.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageDialog</name>
    <message>
        <source>Usage record</source>
        <translation>Журнал использования</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>The record was changed: it breaks at record #%1. Tell your IT team.</source>
        <translation>Журнал был изменён: цепочка нарушена на записи №%1. Сообщите в ИТ-отдел.</translation>
    </message>
    <message numerus="yes">
        <source>%n records, checked: none was changed or removed.</source>
        <translation>
            <numerusform>%n запись проверена: ничего не изменено и не удалено.</numerusform>
            <numerusform>%n записи проверены: ничего не изменено и не удалено.</numerusform>
            <numerusform>%n записей проверено: ничего не изменено и не удалено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <source>Failed unlock</source>
        <translation>Неудачная разблокировка</translation>
    </message>
    <message>
        <source>Copied a code</source>
        <translation>Код скопирован</translation>
    </message>
    <message>
        <source>Showed a code</source>
        <translation>Код показан</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Изменён</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалён</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Older records dropped</source>
        <translation>Старые записи удалены</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>code hidden</source>
        <translation>код скрыт</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>код %1</translation>
    </message>
    <message>
        <source>1 second left</source>
        <translation>осталась 1 секунда</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>осталась %n секунда</numerusform>
            <numerusform>осталось %n секунды</numerusform>
            <numerusform>осталось %n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
</context>
<context>
    <name>AttachmentsBox</name>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>Allow every file</source>
        <translation>Разрешать любые файлы</translation>
    </message>
    <message>
        <source>Block the file types listed</source>
        <translation>Блокировать указанные типы файлов</translation>
    </message>
    <message>
        <source>Block every attachment</source>
        <translation>Блокировать все вложения</translation>
    </message>
    <message>
        <source>File types, e.g. exe, js, bat</source>
        <translation>Типы файлов, например exe, js, bat</translation>
    </message>
    <message>
        <source>Blocked file types</source>
        <translation>Заблокированные типы файлов</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>Largest attachment</source>
        <translation>Наибольшее вложение</translation>
    </message>
    <message>
        <source>Save attachment rules</source>
        <translation>Сохранить правила для вложений</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <source>Blocked types:</source>
        <translation>Заблокированные типы:</translation>
    </message>
    <message>
        <source>Largest attachment:</source>
        <translation>Наибольшее вложение:</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>andOTP (encrypted)</source>
        <translation>andOTP (зашифрованный)</translation>
    </message>
    <message>
        <source>Google Authenticator export (text)</source>
        <translation>Экспорт Google Authenticator (текст)</translation>
    </message>
    <message>
        <source>Google Authenticator export (QR image)</source>
        <translation>Экспорт Google Authenticator (изображение с QR-кодом)</translation>
    </message>
    <message>
        <source>Keydesk encrypted backup</source>
        <translation>Зашифрованная резервная копия Keydesk</translation>
    </message>
    <message>
        <source>otpauth:// link list</source>
        <translation>Список ссылок otpauth://</translation>
    </message>
    <message>
        <source>Ente Auth (plain text)</source>
        <translation>Ente Auth (простой текст)</translation>
    </message>
    <message>
        <source>several formats</source>
        <translation>несколько форматов</translation>
    </message>
</context>
<context>
    <name>QuickPick</name>
    <message>
        <source>Keydesk quick pick</source>
        <translation>Быстрый выбор Keydesk</translation>
    </message>
    <message>
        <source>Type to find a code</source>
        <translation>Начните вводить, чтобы найти код</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Поиск учётных записей</translation>
    </message>
    <message>
        <source>Matching accounts</source>
        <translation>Подходящие учётные записи</translation>
    </message>
    <message>
        <source>Enter copies · Shift+Enter the next code · Esc closes</source>
        <translation>Enter — копировать · Shift+Enter — следующий код · Esc — закрыть</translation>
    </message>
    <message numerus="yes">
        <source>Next code copied — clipboard clears in %n s</source>
        <translation>
            <numerusform>Следующий код скопирован — буфер очистится через %n с</numerusform>
            <numerusform>Следующий код скопирован — буфер очистится через %n с</numerusform>
            <numerusform>Следующий код скопирован — буфер очистится через %n с</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotkey</name>
    <message>
        <location filename="../../desktop/ui/portal_hotkey.py" line="1"/>
        <source>The desktop did not bind the global shortcut. Bind “keydesk --quick-pick” to a key in your desktop&apos;s keyboard settings instead.</source>
        <translation>Рабочий стол не назначил глобальное сочетание клавиш. Назначьте «keydesk --quick-pick» клавише в настройках клавиатуры рабочего стола.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/portal_hotkey.py" line="1"/>
        <source>The desktop&apos;s global shortcut service failed: %1</source>
        <translation>Служба глобальных сочетаний клавиш рабочего стола не сработала: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/portal_hotkey.py" line="1"/>
        <source>Open the Keydesk quick pick</source>
        <translation>Открыть быстрый выбор Keydesk</translation>
    </message>
    <message>
        <source>This Wayland desktop does not let apps set global shortcuts. Bind “keydesk --quick-pick” to a key in your desktop's keyboard settings instead.</source>
        <translation>Этот рабочий стол Wayland не разрешает приложениям задавать глобальные сочетания клавиш. Назначьте клавишу для «keydesk --quick-pick» в настройках клавиатуры рабочего стола.</translation>
    </message>
    <message>
        <source>There is no desktop session to take shortcuts from.</source>
        <translation>Нет сеанса рабочего стола, из которого можно получать сочетания клавиш.</translation>
    </message>
    <message>
        <source>Another application already uses this shortcut.</source>
        <translation>Это сочетание клавиш уже занято другим приложением.</translation>
    </message>
</context>
<context>
    <name>QuickAccess</name>
    <message>
        <source>The global shortcut is off.</source>
        <translation>Глобальное сочетание клавиш выключено.</translation>
    </message>
</context>
<context>
    <name>OperatorKeys</name>
    <message>
        <source>Always on &amp;top</source>
        <translation>&amp;Поверх других окон</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Add a passphrase…</source>
        <translation>Добавить пароль…</translation>
    </message>
    <message>
        <source>Switch profile…</source>
        <translation>Сменить профиль…</translation>
    </message>
    <message>
        <source>Locked. Enter this profile&apos;s passphrase.</source>
        <translation>Заблокировано. Введите пароль этого профиля.</translation>
    </message>
    <message>
        <source>Privacy screen</source>
        <translation>Экран конфиденциальности</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>This profile has no passphrase, so this screen only hides the codes: anyone using this computer account can open it with a click. Add a passphrase to make the lock real.</source>
        <translation>У этого профиля нет пароля, поэтому этот экран только скрывает коды: любой, кто пользуется этой учётной записью компьютера, откроет его одним щелчком. Добавьте пароль, чтобы блокировка стала настоящей.</translation>
    </message>
    <message>
        <source>This profile cannot be opened.</source>
        <translation>Этот профиль не удаётся открыть.</translation>
    </message>
    <message>
        <source>Too many failed attempts.
Try again in %1 s.</source>
        <translation>Слишком много неудачных попыток.
Повторите через %1 с.</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Switch &amp;profile…</source>
        <translation>Сменить &amp;профиль…</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation>Не удалось открыть хранилище.</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Who is using Keydesk?</source>
        <translation>Кто работает с Keydesk?</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Профили</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Новый профиль…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
</context>
<context>
    <name>ProfileDialogs</name>
    <message>
        <source>A profile needs a name.</source>
        <translation>У профиля должно быть имя.</translation>
    </message>
    <message>
        <source>A profile name can have at most 64 characters.</source>
        <translation>Имя профиля — не длиннее 64 символов.</translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \.</source>
        <translation>Имя профиля не может содержать / или \.</translation>
    </message>
    <message>
        <source>A profile name cannot contain &apos;..&apos;.</source>
        <translation>Имя профиля не может содержать «..».</translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters.</source>
        <translation>Имя профиля не может содержать управляющие символы.</translation>
    </message>
    <message>
        <source>A profile with this name already exists.</source>
        <translation>Профиль с таким именем уже есть.</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Новый профиль</translation>
    </message>
    <message>
        <source>Name of the operator:</source>
        <translation>Имя оператора:</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Переименовать профиль</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое имя:</translation>
    </message>
    <message>
        <source>Add a passphrase</source>
        <translation>Добавить пароль</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1 s.</source>
        <translation>Слишком много неудачных попыток. Повторите через %1 с.</translation>
    </message>
</context>
<context>
    <name>DeleteProfileDialog</name>
    <message>
        <source>Delete profile</source>
        <translation>Удалить профиль</translation>
    </message>
    <message>
        <source>Deleting &apos;%1&apos; erases its vault and every account in it. This cannot be undone.</source>
        <translation>Удаление «%1» стирает его хранилище и все аккаунты в нём. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>Type the profile&apos;s name</source>
        <translation>Введите имя профиля</translation>
    </message>
    <message>
        <source>Type its &amp;name:</source>
        <translation>Введите его &amp;имя:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Its &amp;passphrase:</source>
        <translation>Его &amp;пароль:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Type the profile&apos;s name exactly to delete it.</source>
        <translation>Чтобы удалить профиль, введите его имя точно.</translation>
    </message>
    <message>
        <source>Enter this profile&apos;s passphrase.</source>
        <translation>Введите пароль этого профиля.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <source>Delete the last profile</source>
        <translation>Удаление последнего профиля</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the last profile here. Delete it anyway?</source>
        <translation>«%1» — последний профиль здесь. Всё равно удалить?</translation>
    </message>
</context>
<context>
    <name>ReadyServices</name>
    <message>
        <location filename="../../desktop/ui/ready_services.py" line="1"/>
        <source>Codes now follow the server&apos;s clock.</source>
        <translation>Коды теперь рассчитываются по часам сервера.</translation>
    </message>
</context>
<context>
    <name>Unhandled</name>
    <message>
        <location filename="../../desktop/ui/unhandled.py" line="90"/>
        <source>Something went wrong (%1). Keydesk keeps running; the details are in %2.</source>
        <translation>Что-то пошло не так (%1). Keydesk продолжает работать; подробности — в %2.</translation>
    </message>
</context>
</TS>
