<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
  <context>
    <name>AccountActions</name>
    <message>
      <location filename="../../desktop/ui/account_actions.py" line="27" />
      <source>&amp;Copy code</source>
      <translation>&amp;Копировать код</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/account_actions.py" line="30" />
      <source>&amp;Next code</source>
      <translation>&amp;Следующий код</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/account_actions.py" line="32" />
      <source>&amp;Edit…</source>
      <translation>&amp;Изменить…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/account_actions.py" line="34" />
      <source>&amp;Favourite</source>
      <translation>В &amp;избранное</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/account_actions.py" line="37" />
      <source>Move &amp;up</source>
      <translation>Переместить &amp;вверх</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/account_actions.py" line="40" />
      <source>Move &amp;down</source>
      <translation>Переместить в&amp;низ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/account_actions.py" line="43" />
      <source>&amp;Delete…</source>
      <translation>&amp;Удалить…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/account_actions.py" line="46" />
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/account_actions.py" line="119" />
      <source>Copied — clipboard clears in %n s</source>
      <translation>
        <numerusform>Скопировано — буфер очистится через %n с</numerusform>
        <numerusform>Скопировано — буфер очистится через %n с</numerusform>
        <numerusform>Скопировано — буфер очистится через %n с</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/account_actions.py" line="185" />
      <source>Delete account</source>
      <translation>Удаление учётной записи</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/account_actions.py" line="187" />
      <source>Delete “%1”? Its codes will no longer be available in Keydesk. Make sure you can still sign in to this service another way.</source>
      <translation>Удалить «%1»? Её коды больше не будут доступны в Keydesk. Убедитесь, что можете войти в этот сервис другим способом.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/account_actions.py" line="201" />
      <source>Deleted “%1”</source>
      <translation>«%1» удалена</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/account_actions.py" line="203" />
      <source>Undo</source>
      <translation>Отменить</translation>
    </message>
  </context>
  <context>
    <name>AccountDelegate</name>
    <message>
      <location filename="../../desktop/ui/delegate.py" line="51" />
      <source>next</source>
      <extracomment>The HOTP "next code" button of a row was pressed.</extracomment>
      <translation>далее</translation>
    </message>
  </context>
  <context>
    <name>AddMenu</name>
    <message>
      <location filename="../../desktop/ui/add_menu.py" line="50" />
      <source>Add account</source>
      <translation>Добавить учётную запись</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/add_menu.py" line="53" />
      <source>Scan with &amp;camera…</source>
      <translation>Сканировать &amp;камерой…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/add_menu.py" line="55" />
      <source>Scan &amp;screen region…</source>
      <translation>Сканировать область &amp;экрана…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/add_menu.py" line="57" />
      <source>From &amp;image file…</source>
      <translation>Из &amp;файла изображения…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/add_menu.py" line="58" />
      <source>&amp;Paste link or image</source>
      <translation>&amp;Вставить ссылку или изображение</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/add_menu.py" line="60" />
      <source>Enter key &amp;manually…</source>
      <translation>Ввести ключ &amp;вручную…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/add_menu.py" line="79" />
      <source>Scanning is not available in this installation.</source>
      <translation>Сканирование недоступно в этой установке.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/add_menu.py" line="97" />
      <source>The clipboard holds no authenticator link.</source>
      <translation>В буфере обмена нет ссылки аутентификатора.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/add_menu.py" line="135" />
      <source>Add accounts</source>
      <translation>Добавление учётных записей</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/add_menu.py" line="136" />
      <source>Add %n accounts to Keydesk?</source>
      <translation>
        <numerusform>Добавить %n учётную запись в Keydesk?</numerusform>
        <numerusform>Добавить %n учётные записи в Keydesk?</numerusform>
        <numerusform>Добавить %n учётных записей в Keydesk?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/add_menu.py" line="150" />
      <source>Added “%1”</source>
      <translation>Добавлено: «%1»</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/add_menu.py" line="152" />
      <source>Added %n accounts</source>
      <translation>
        <numerusform>Добавлена %n учётная запись</numerusform>
        <numerusform>Добавлены %n учётные записи</numerusform>
        <numerusform>Добавлено %n учётных записей</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/add_menu.py" line="166" />
      <location filename="../../desktop/ui/add_menu.py" line="191" />
      <source>Creating your encrypted vault…</source>
      <translation>Создаётся зашифрованное хранилище…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/add_menu.py" line="204" />
      <source>Could not create the vault: %1</source>
      <translation>Не удалось создать хранилище: %1</translation>
    </message>
  </context>
  <context>
    <name>DriftBanner</name>
    <message>
      <location filename="../../desktop/ui/banner.py" line="30" />
      <source>Correct codes</source>
      <translation>Исправить коды</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/banner.py" line="32" />
      <source>Dismiss</source>
      <translation>Скрыть</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/banner.py" line="38" />
      <source>Clock warning</source>
      <translation>Предупреждение о часах</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/banner.py" line="46" />
      <source>This computer's clock is %n s behind; codes may be rejected.</source>
      <translation>
        <numerusform>Часы компьютера отстают на %n с; коды могут не приниматься.</numerusform>
        <numerusform>Часы компьютера отстают на %n с; коды могут не приниматься.</numerusform>
        <numerusform>Часы компьютера отстают на %n с; коды могут не приниматься.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/banner.py" line="50" />
      <source>This computer's clock is %n s ahead; codes may be rejected.</source>
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
      <location filename="../../desktop/ui/edit_dialog.py" line="34" />
      <source>Edit account</source>
      <translation>Изменение учётной записи</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/edit_dialog.py" line="39" />
      <source>Service</source>
      <translation>Сервис</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/edit_dialog.py" line="41" />
      <source>Account name</source>
      <translation>Имя учётной записи</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/edit_dialog.py" line="46" />
      <source>Group</source>
      <translation>Группа</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/edit_dialog.py" line="47" />
      <source>Show at the top (favourite)</source>
      <translation>Показывать вверху (избранное)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/edit_dialog.py" line="50" />
      <source>Note</source>
      <translation>Заметка</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/edit_dialog.py" line="53" />
      <source>&amp;Service:</source>
      <translation>&amp;Сервис:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/edit_dialog.py" line="54" />
      <source>&amp;Account:</source>
      <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/edit_dialog.py" line="55" />
      <source>&amp;Group:</source>
      <translation>&amp;Группа:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/edit_dialog.py" line="56" />
      <source>&amp;Icon:</source>
      <translation>&amp;Значок:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/edit_dialog.py" line="57" />
      <source>&amp;Note:</source>
      <translation>&amp;Заметка:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/edit_dialog.py" line="76" />
      <source>Choose image…</source>
      <translation>Выбрать изображение…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/edit_dialog.py" line="78" />
      <source>Use letter</source>
      <translation>Использовать букву</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/edit_dialog.py" line="102" />
      <source>Choose an icon</source>
      <translation>Выбор значка</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/edit_dialog.py" line="104" />
      <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.webp)</source>
      <translation>Изображения (*.png *.jpg *.jpeg *.svg *.bmp *.webp)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/edit_dialog.py" line="110" />
      <source>This file is not an image Keydesk can read.</source>
      <translation>Keydesk не может прочитать этот файл как изображение.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/edit_dialog.py" line="126" />
      <source>Name the service or the account.</source>
      <translation>Укажите сервис или учётную запись.</translation>
    </message>
  </context>
  <context>
    <name>EmptyState</name>
    <message>
      <location filename="../../desktop/ui/empty_state.py" line="27" />
      <source>Add your first account</source>
      <translation>Добавьте первую учётную запись</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/empty_state.py" line="33" />
      <source>Keydesk shows the one-time codes you need to sign in. To connect your account:</source>
      <translation>Keydesk показывает одноразовые коды для входа. Чтобы подключить учётную запись:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/empty_state.py" line="47" />
      <source>Sign in to the service and open &lt;b&gt;Account → Two-factor authentication&lt;/b&gt;.</source>
      <translation>Войдите в сервис и откройте &lt;b&gt;Аккаунт → Двухфакторная аутентификация&lt;/b&gt;.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/empty_state.py" line="48" />
      <source>Choose the authenticator app and press &lt;b&gt;Activate&lt;/b&gt;.</source>
      <translation>Выберите приложение-аутентификатор и нажмите &lt;b&gt;Активировать&lt;/b&gt;.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/empty_state.py" line="49" />
      <source>Enter the confirmation code sent to your e-mail.</source>
      <translation>Введите код подтверждения, отправленный на вашу почту.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/empty_state.py" line="50" />
      <source>A QR code appears: scan it with Keydesk, or copy its link and paste it here.</source>
      <translation>Появится QR-код: отсканируйте его в Keydesk или скопируйте ссылку и вставьте её сюда.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/empty_state.py" line="51" />
      <source>Type the code Keydesk shows and press &lt;b&gt;Complete the setup&lt;/b&gt;.</source>
      <translation>Введите код, который показывает Keydesk, и нажмите &lt;b&gt;Завершить настройку&lt;/b&gt;.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/empty_state.py" line="72" />
      <source>Scan QR code</source>
      <translation>Сканировать QR-код</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/empty_state.py" line="77" />
      <source>Paste link</source>
      <translation>Вставить ссылку</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/empty_state.py" line="82" />
      <source>Enter key manually</source>
      <translation>Ввести ключ вручную</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../desktop/ui/errors_text.py" line="14" />
      <source>The key can only contain letters A–Z and digits 2–7; “%1” at position %2 is not allowed.</source>
      <translation>Ключ может содержать только буквы A–Z и цифры 2–7; символ «%1» в позиции %2 недопустим.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/errors_text.py" line="21" />
      <source>A key cannot be %1 characters long; check that it was copied completely.</source>
      <translation>Ключ не может состоять из %1 символов; проверьте, что он скопирован полностью.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/errors_text.py" line="25" />
      <source>Enter the key.</source>
      <translation>Введите ключ.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/errors_text.py" line="28" />
      <source>There is text after the “=” padding of the key.</source>
      <translation>После заполнителя «=» в ключе есть лишний текст.</translation>
    </message>
  </context>
  <context>
    <name>GroupChips</name>
    <message>
      <location filename="../../desktop/ui/chips.py" line="22" />
      <source>Groups</source>
      <translation>Группы</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chips.py" line="41" />
      <source>All</source>
      <translation>Все</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chips.py" line="46" />
      <source>Show group %1</source>
      <translation>Показать группу %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/chips.py" line="46" />
      <source>Show all groups</source>
      <translation>Показать все группы</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="66" />
      <source>Keydesk</source>
      <translation>Keydesk</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="104" />
      <source>No account matches your search.</source>
      <translation>Ни одна учётная запись не подходит под запрос.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="110" />
      <source>Enter copies the selected code · ↑ ↓ choose · Esc clears</source>
      <translation>Enter — копировать код · ↑ ↓ — выбрать · Esc — очистить</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="130" />
      <source>Type to search accounts</source>
      <translation>Начните вводить для поиска</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="131" />
      <source>Search accounts</source>
      <translation>Поиск учётных записей</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="139" />
      <source>Add</source>
      <translation>Добавить</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="140" />
      <source>Add account</source>
      <translation>Добавить учётную запись</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="145" />
      <location filename="../../desktop/ui/main_window.py" line="146" />
      <source>Main menu</source>
      <translation>Главное меню</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="163" />
      <source>Accounts</source>
      <translation>Учётные записи</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="181" />
      <source>&amp;Settings…</source>
      <translation>&amp;Настройки…</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="184" />
      <source>&amp;Quit</source>
      <translation>В&amp;ыход</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="187" />
      <source>Find</source>
      <translation>Найти</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/main_window.py" line="275" />
      <source>Another Keydesk window changed the vault; the list was reloaded.</source>
      <translation>Другое окно Keydesk изменило хранилище; список обновлён.</translation>
    </message>
  </context>
  <context>
    <name>ManualDialog</name>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="46" />
      <location filename="../../desktop/ui/manual_dialog.py" line="74" />
      <source>Add account</source>
      <translation>Добавить учётную запись</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="50" />
      <source>Service, e.g. Chat2Desk</source>
      <translation>Сервис, например Chat2Desk</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="50" />
      <source>Service</source>
      <translation>Сервис</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="51" />
      <source>Login or e-mail</source>
      <translation>Логин или e-mail</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="51" />
      <source>Account name</source>
      <translation>Имя учётной записи</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="53" />
      <source>Key from the service, e.g. JBSW Y3DP EHPK 3PXP</source>
      <translation>Ключ от сервиса, например JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="53" />
      <source>Key</source>
      <translation>Ключ</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="59" />
      <source>Group</source>
      <translation>Группа</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="60" />
      <source>&amp;Service:</source>
      <translation>&amp;Сервис:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="61" />
      <source>&amp;Account:</source>
      <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="62" />
      <source>&amp;Key:</source>
      <translation>&amp;Ключ:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="67" />
      <source>&amp;Group:</source>
      <translation>&amp;Группа:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="94" />
      <source>Advanced</source>
      <translation>Дополнительно</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="97" />
      <source>Time-based (TOTP)</source>
      <translation>По времени (TOTP)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="98" />
      <source>Counter-based (HOTP)</source>
      <translation>По счётчику (HOTP)</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="99" />
      <source>Steam Guard</source>
      <translation>Steam Guard</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="100" />
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="103" />
      <source>Algorithm</source>
      <translation>Алгоритм</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="104" />
      <source>Digits</source>
      <translation>Цифр</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="105" />
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="106" />
      <source> s</source>
      <translation> с</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="107" />
      <source>Counter</source>
      <translation>Счётчик</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="108" />
      <source>&amp;Type:</source>
      <translation>&amp;Тип:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="109" />
      <source>Al&amp;gorithm:</source>
      <translation>&amp;Алгоритм:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="110" />
      <source>&amp;Digits:</source>
      <translation>&amp;Цифр:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="111" />
      <source>&amp;Period:</source>
      <translation>&amp;Период:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="112" />
      <source>&amp;Counter:</source>
      <translation>С&amp;чётчик:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="132" />
      <source>Preview of the code</source>
      <translation>Предпросмотр кода</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="135" />
      <source>Preview</source>
      <translation>Предпросмотр</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="189" />
      <source>Name the service or the account.</source>
      <translation>Укажите сервис или учётную запись.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="198" />
      <source>The code appears here once the key is valid.</source>
      <translation>Код появится здесь, когда ключ будет верным.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="203" />
      <source>Counter-based: a new code each time you ask for one.</source>
      <translation>По счётчику: новый код при каждом запросе.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/manual_dialog.py" line="205" />
      <source>Changes in %n s</source>
      <translation>
        <numerusform>Сменится через %n с</numerusform>
        <numerusform>Сменится через %n с</numerusform>
        <numerusform>Сменится через %n с</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/manual_dialog.py" line="208" />
      <source>This key is shorter than recommended; the service may be outdated.</source>
      <translation>Ключ короче рекомендуемого; возможно, сервис устарел.</translation>
    </message>
  </context>
  <context>
    <name>Notice</name>
    <message>
      <location filename="../../desktop/ui/notice.py" line="15" />
      <source>Notification</source>
      <translation>Уведомление</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <location filename="../../desktop/ui/passphrase.py" line="30" />
      <source>Choose a passphrase</source>
      <translation>Выбор пароля</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/passphrase.py" line="30" />
      <source>Unlock Keydesk</source>
      <translation>Разблокировка Keydesk</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/passphrase.py" line="39" />
      <source>Passphrase</source>
      <translation>Пароль</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/passphrase.py" line="40" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Пароль:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/passphrase.py" line="41" />
      <source>Repeat the passphrase</source>
      <translation>Повторите пароль</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/passphrase.py" line="43" />
      <source>&amp;Repeat:</source>
      <translation>П&amp;овтор:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/passphrase.py" line="54" />
      <source>Create vault</source>
      <translation>Создать хранилище</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/passphrase.py" line="54" />
      <source>Unlock</source>
      <translation>Разблокировать</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/passphrase.py" line="62" />
      <source>Enter the passphrase that protects this Keydesk vault.</source>
      <translation>Введите пароль, защищающий это хранилище Keydesk.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/passphrase.py" line="64" />
      <source>Keydesk keeps your accounts in an encrypted vault. The system keyring cannot hold its key on this computer, so protect the vault with a passphrase instead. Keep it safe: without it the accounts cannot be recovered.</source>
      <translation>Keydesk хранит учётные записи в зашифрованном хранилище. Системная связка ключей на этом компьютере не может хранить его ключ, поэтому защитите хранилище паролем. Не теряйте его: без него учётные записи не восстановить.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/passphrase.py" line="69" />
      <source>Why: %1</source>
      <translation>Причина: %1</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/ui/passphrase.py" line="94" />
      <source>Use at least %n characters.</source>
      <translation>
        <numerusform>Используйте не меньше %n символа.</numerusform>
        <numerusform>Используйте не меньше %n символов.</numerusform>
        <numerusform>Используйте не меньше %n символов.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/ui/passphrase.py" line="96" />
      <source>The two passphrases differ.</source>
      <translation>Пароли не совпадают.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="29" />
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="43" />
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="49" />
      <source>Codes</source>
      <translation>Коды</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="53" />
      <source> s</source>
      <translation> с</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="55" />
      <source>Clear the clipboard after</source>
      <translation>Очищать буфер обмена через</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="56" />
      <source>C&amp;lear the clipboard after:</source>
      <translation>&amp;Очищать буфер обмена через:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="57" />
      <source>&amp;Hide codes until clicked</source>
      <translation>&amp;Скрывать коды до щелчка</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="59" />
      <source>Show the &amp;next code near the end of the period</source>
      <translation>Показывать &amp;следующий код в конце периода</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="66" />
      <source>Appearance</source>
      <translation>Внешний вид</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="70" />
      <source>Follow the system</source>
      <translation>Как в системе</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="71" />
      <source>Light</source>
      <translation>Светлая</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="72" />
      <source>Dark</source>
      <translation>Тёмная</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="76" />
      <source>Theme</source>
      <translation>Тема</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="78" />
      <source>System language</source>
      <translation>Язык системы</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="83" />
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="84" />
      <source>&amp;Theme:</source>
      <translation>&amp;Тема:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="85" />
      <source>&amp;Language:</source>
      <translation>&amp;Язык:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="86" />
      <source>A new language applies the next time Keydesk starts.</source>
      <translation>Новый язык применится при следующем запуске Keydesk.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="93" />
      <source>System tray</source>
      <translation>Системный лоток</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="96" />
      <source>&amp;Start minimised to the tray</source>
      <translation>&amp;Запускаться свёрнутым в лоток</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="99" />
      <source>&amp;Closing the window keeps Keydesk in the tray</source>
      <translation>&amp;При закрытии окна оставаться в лотке</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="106" />
      <source>Clock check</source>
      <translation>Проверка часов</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="110" />
      <source>Time server</source>
      <translation>Сервер времени</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="111" />
      <source>Time &amp;server:</source>
      <translation>&amp;Сервер времени:</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="114" />
      <source>Keydesk compares the computer's clock with this HTTPS server at start and every hour. Leave empty to turn the check off.</source>
      <translation>Keydesk сверяет часы компьютера с этим HTTPS-сервером при запуске и каждый час. Оставьте пустым, чтобы отключить проверку.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/settings_dialog.py" line="134" />
      <source>The time server must be an https:// address.</source>
      <translation>Адрес сервера времени должен начинаться с https://.</translation>
    </message>
  </context>
  <context>
    <name>Startup</name>
    <message>
      <location filename="../../desktop/ui/startup.py" line="99" />
      <source>Wrong passphrase. Try again.</source>
      <translation>Неверный пароль. Попробуйте ещё раз.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/startup.py" line="120" />
      <source>Keydesk cannot open the vault</source>
      <translation>Keydesk не может открыть хранилище</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/startup.py" line="168" />
      <source>Codes now follow the server's clock.</source>
      <translation>Коды теперь рассчитываются по часам сервера.</translation>
    </message>
  </context>
  <context>
    <name>Tray</name>
    <message>
      <location filename="../../desktop/ui/tray.py" line="24" />
      <source>Keydesk tray menu</source>
      <translation>Меню Keydesk в лотке</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/tray.py" line="26" />
      <source>Keydesk</source>
      <translation>Keydesk</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/tray.py" line="41" />
      <source>Favourites — click to copy</source>
      <translation>Избранное — щёлкните, чтобы скопировать</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/tray.py" line="48" />
      <source>&amp;Show Keydesk</source>
      <translation>&amp;Показать Keydesk</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/tray.py" line="50" />
      <source>&amp;Quit</source>
      <translation>В&amp;ыход</translation>
    </message>
  </context>
  <context>
    <name>VaultSession</name>
    <message>
      <location filename="../../desktop/ui/session.py" line="80" />
      <source>The vault is not open.</source>
      <extracomment>The accounts were replaced wholesale (reload after another process saved). A write failed; the text is for the user.</extracomment>
      <translation>Хранилище не открыто.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/session.py" line="90" />
      <source>Could not save the vault: %1</source>
      <translation>Не удалось сохранить хранилище: %1</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/session.py" line="96" />
      <source>The vault was changed by another Keydesk window.</source>
      <translation>Хранилище изменено другим окном Keydesk.</translation>
    </message>
    <message>
      <location filename="../../desktop/ui/session.py" line="110" />
      <source>Could not reopen the vault: %1</source>
      <translation>Не удалось заново открыть хранилище: %1</translation>
    </message>
  </context>
</TS>