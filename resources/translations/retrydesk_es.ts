<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>AppOptions</name>
    <message>
        <source>RetryDesk: see, steer and trust the retry cycles of your validation jobs.</source>
        <translation>RetryDesk: vea, dirija y confíe en los ciclos de reintento de sus validaciones.</translation>
    </message>
    <message>
        <source>Start on the embedded sandbox server with demo data (no account or network needed).</source>
        <translation>Iniciar en el servidor sandbox integrado con datos de demostración (no necesita cuenta ni red).</translation>
    </message>
    <message>
        <source>What the demo sandbox sends: full (default), or seeds-only — only what the API documentation defines, with the optional fields absent, null or of other types.</source>
        <translation>Lo que envía el sandbox de demostración: full (predeterminado) o seeds-only — solo lo que define la documentación de la API, con los campos opcionales ausentes, nulos o de otros tipos.</translation>
    </message>
    <message>
        <source>Render every screen state into PNG files in &lt;dir&gt; and exit.</source>
        <translation>Generar cada estado de pantalla como archivos PNG en &lt;dir&gt; y salir.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Argumento inesperado: %1
</translation>
    </message>
    <message>
        <source>--demo-wire takes full or seeds-only, not %1
</source>
        <translation>--demo-wire acepta full o seeds-only, no %1
</translation>
    </message>
    <message>
        <source>A link to a validation to show, like %1. When RetryDesk is already running, its window shows it.</source>
        <translation>Un enlace a una validación para mostrarla, como %1. Si RetryDesk ya está en ejecución, su ventana la muestra.</translation>
    </message>
</context>
<context>
    <name>CopyDiagnostics</name>
    <message>
        <source>Collecting diagnostics…</source>
        <translation>Reuniendo el diagnóstico…</translation>
    </message>
    <message>
        <source>Diagnostics copied</source>
        <translation>Diagnóstico copiado</translation>
    </message>
</context>
<context>
    <name>InstanceLaunch</name>
    <message>
        <source>retrydesk: %1</source>
        <translation>retrydesk: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Connection works</source>
        <translation>La conexión funciona</translation>
    </message>
    <message>
        <source>The key was refused</source>
        <translation>La clave fue rechazada</translation>
    </message>
    <message>
        <source>The key lacks permission</source>
        <translation>La clave no tiene permiso</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>No se puede contactar al servidor</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Falló la conexión segura</translation>
    </message>
    <message>
        <source>Not sent: plain HTTP</source>
        <translation>No enviado: HTTP sin cifrar</translation>
    </message>
    <message>
        <source>Unexpected answer (HTTP %1)</source>
        <translation>Respuesta inesperada (HTTP %1)</translation>
    </message>
    <message>
        <source>The server accepted the key.</source>
        <translation>El servidor aceptó la clave.</translation>
    </message>
    <message>
        <source>The server answered 401: the key is wrong, revoked or expired. Paste the current key from your account and test again.</source>
        <translation>El servidor respondió 401: la clave es incorrecta, fue revocada o expiró. Pegue la clave vigente de su cuenta y pruebe de nuevo.</translation>
    </message>
    <message>
        <source>The server answered 403: the key is valid but its scopes do not allow this API. Ask your administrator for a key with the right permissions.</source>
        <translation>El servidor respondió 403: la clave es válida, pero sus permisos no incluyen esta API. Pida a su administrador una clave con los permisos correctos.</translation>
    </message>
    <message>
        <source>Check the base URL, your network and any proxy or firewall (%1).</source>
        <translation>Revise la URL base, su red y cualquier proxy o firewall (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified (%1). RetryDesk never ignores this; fix the certificate or check that the URL is right.</source>
        <translation>No se pudo verificar el certificado del servidor (%1). RetryDesk nunca lo ignora; corrija el certificado o verifique que la URL sea correcta.</translation>
    </message>
    <message>
        <source>Plain http:// would send the key unencrypted. Use https://, or allow plain HTTP for this connection if you trust the network.</source>
        <translation>Con http:// la clave viajaría sin cifrar. Use https://, o permita HTTP sin cifrar para esta conexión si confía en la red.</translation>
    </message>
    <message>
        <source>The address answered but has no validations or lists API there: check the base URL (without /v1) and the API kind. %1</source>
        <translation>La dirección respondió, pero no tiene ahí una API de validaciones ni de listas: revise la URL base (sin /v1) y el tipo de API. %1</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Request id: %1.</source>
        <translation>Id de solicitud: %1.</translation>
    </message>
    <message>
        <source>Will not retry: resolved — a retry returned valid.</source>
        <translation>No se reintentará: resuelto — un reintento devolvió válido.</translation>
    </message>
    <message>
        <source>Will not retry: exhausted — every allowed attempt was used.</source>
        <translation>No se reintentará: agotado — se usaron todos los intentos permitidos.</translation>
    </message>
    <message>
        <source>Will not retry: cancelled by a user. Saving a policy starts a new cycle.</source>
        <translation>No se reintentará: cancelado por un usuario. Guardar una política inicia un ciclo nuevo.</translation>
    </message>
    <message>
        <source>Will not retry: ineligible outcome — only not found, CEP unavailable and error can be retried.</source>
        <translation>No se reintentará: resultado no elegible — solo se reintentan no encontrado, CEP no disponible y error.</translation>
    </message>
    <message>
        <source>Will not retry: from a bulk import — imported validations are never retried.</source>
        <translation>No se reintentará: viene de una importación masiva — las validaciones importadas nunca se reintentan.</translation>
    </message>
    <message>
        <source>Will not retry: too old — the validation is outside the server&apos;s retry window.</source>
        <translation>No se reintentará: demasiado antigua — la validación está fuera de la ventana de reintentos del servidor.</translation>
    </message>
    <message>
        <source>Will not retry: no retry policy is set. Edit the policy to start a cycle.</source>
        <translation>No se reintentará: no hay política de reintentos. Edite la política para iniciar un ciclo.</translation>
    </message>
    <message>
        <source>This cycle has already ended: there is nothing left to cancel.</source>
        <translation>Este ciclo ya terminó: no queda nada por cancelar.</translation>
    </message>
    <message>
        <source>This validation came from a bulk import, and imported validations cannot be retried. Run it again through the API to retry it.</source>
        <translation>Esta validación viene de una importación masiva, y las validaciones importadas no se pueden reintentar. Ejecútela de nuevo mediante la API para reintentarla.</translation>
    </message>
    <message>
        <source>Only validations whose outcome is not found, CEP unavailable or error can be retried, and this one is not (or it just changed). Refresh to see its current state.</source>
        <translation>Solo se pueden reintentar las validaciones cuyo resultado es no encontrado, CEP no disponible o error, y esta no lo es (o acaba de cambiar). Actualice para ver su estado actual.</translation>
    </message>
    <message>
        <source>This retry cycle has already ended (resolved or exhausted), so its policy can no longer change. Refresh to see the result.</source>
        <translation>Este ciclo de reintentos ya terminó (resuelto o agotado), así que su política ya no puede cambiar. Actualice para ver el resultado.</translation>
    </message>
    <message>
        <source>This validation is older than the server&apos;s retry window. Run a new validation instead of retrying this one.</source>
        <translation>Esta validación es más antigua que la ventana de reintentos del servidor. Ejecute una validación nueva en lugar de reintentar esta.</translation>
    </message>
    <message>
        <source>Your plan&apos;s limit of pending retry cycles is reached. Cancel another pending cycle, or wait for one to end, then try again.</source>
        <translation>Se alcanzó el límite de ciclos de reintento pendientes de su plan. Cancele otro ciclo pendiente, o espere a que alguno termine, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This cycle has been re-enabled as many times as allowed. Run a new validation to retry again.</source>
        <translation>Este ciclo se ha reactivado tantas veces como se permite. Ejecute una validación nueva para volver a reintentar.</translation>
    </message>
    <message>
        <source>The server refused the policy. Correct the marked field and save again.</source>
        <translation>El servidor rechazó la política. Corrija el campo marcado y guarde de nuevo.</translation>
    </message>
    <message>
        <source>This validation no longer exists for this key. Refresh the list.</source>
        <translation>Esta validación ya no existe para esta clave. Actualice la lista.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1). Refresh to see whether the change was applied.</source>
        <translation>No se pudo leer la respuesta del servidor (%1). Actualice para ver si el cambio se aplicó.</translation>
    </message>
    <message>
        <source>%1 — the server&apos;s words. %2</source>
        <translation>%1 — palabras del servidor. %2</translation>
    </message>
    <message>
        <source>No key is stored in the keychain for this connection.</source>
        <translation>No hay ninguna clave guardada en el llavero para esta conexión.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it and try again, or keep the key for this session only.</source>
        <translation>El llavero del sistema negó el acceso (%1). Desbloquéelo e intente de nuevo, o conserve la clave solo durante esta sesión.</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). Start your keyring (GNOME Keyring, KWallet) or keep the key for this session only.</source>
        <translation>No hay un llavero del sistema disponible (%1). Inicie su llavero (GNOME Keyring, KWallet) o conserve la clave solo durante esta sesión.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Check that your keyring is running and unlocked, or keep the key for this session only.</source>
        <translation>No se pudo usar el llavero del sistema (%1). Verifique que su llavero esté en ejecución y desbloqueado, o conserve la clave solo durante esta sesión.</translation>
    </message>
    <message>
        <source>No key is kept for this connection in this session.</source>
        <translation>No se conserva ninguna clave para esta conexión en esta sesión.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (Could not connect: No such file or directory). Check that your keyring is running and unlocked, or keep the key for this session only.</source>
        <translation>No se pudo usar el llavero del sistema (Could not connect: No such file or directory). Verifique que su llavero esté en ejecución y desbloqueado, o conserve la clave solo durante esta sesión.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Show only retrying &amp;now</source>
        <translation>Mostrar solo los que se reintentan a&amp;hora</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Show only &amp;watched</source>
        <translation>Mostrar solo los &amp;vigilados</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <source>Go to &amp;table</source>
        <translation>Ir a la &amp;tabla</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Edit policy…</source>
        <translation>&amp;Editar política…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Cancel cycle…</source>
        <translation>&amp;Cancelar ciclo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>Vi&amp;gilar</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>Copiar &amp;id</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy re&amp;quest id</source>
        <translation>Copiar id de &amp;solicitud</translation>
    </message>
    <message>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <source>Show times in &amp;UTC</source>
        <translation>Mostrar horas en &amp;UTC</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>Retry &amp;forecast</source>
        <translation>&amp;Pronóstico de reintentos</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Apply &amp;policy to selection…</source>
        <translation>Aplicar po&amp;lítica a la selección…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Apply policy to &amp;all matching…</source>
        <translation>Aplicar política a t&amp;odo lo que coincide…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+P</source>
        <translation>Ctrl+Alt+P</translation>
    </message>
    <message>
        <source>Cancel cycles of &amp;selection…</source>
        <translation>Cancelar ciclos de la selecció&amp;n…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Cancel cycles of all &amp;matching…</source>
        <translation>Cancelar ciclos de todo lo &amp;que coincide…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+K</source>
        <translation>Ctrl+Alt+K</translation>
    </message>
    <message>
        <source>Show &amp;bulk run</source>
        <translation>Mostrar ejecución &amp;masiva</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Acti&amp;vity log…</source>
        <translation>Regist&amp;ro de actividad…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>&lt;p&gt;1 of 3 attempts made; next attempt 2026-01-01 12:10:00 UTC.&lt;/p&gt;</source>
        <translation>&lt;p&gt;1 de 3 intentos realizados; próximo intento 2026-01-01 12:10:00 UTC.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>CEP unavailable</source>
        <translation>CEP no disponible</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>%1 (unknown to RetryDesk)</source>
        <translation>%1 (desconocido para RetryDesk)</translation>
    </message>
    <message>
        <source>its size is not known</source>
        <translation>se desconoce su tamaño</translation>
    </message>
    <message>
        <source>%1 addresses: %2 valid, %3 invalid, %4 unknown</source>
        <translation>%1 direcciones: %2 válidas, %3 inválidas, %4 desconocidas</translation>
    </message>
    <message>
        <source>Cannot create the folder %1: check the path and your permissions.
</source>
        <translation>No se puede crear la carpeta %1: revise la ruta y sus permisos.
</translation>
    </message>
    <message>
        <source>The bundled font could not be loaded; screenshots would not match the goldens. Rebuild RetryDesk with its resources.
</source>
        <translation>No se pudo cargar la fuente incluida; las capturas no coincidirían con las de referencia. Vuelva a compilar RetryDesk con sus recursos.
</translation>
    </message>
    <message>
        <source>Could not write %1.
</source>
        <translation>No se pudo escribir %1.
</translation>
    </message>
    <message numerus="yes">
        <source>%n screenshot(s) written.</source>
        <translation>
            <numerusform>Se escribió %n captura.</numerusform>
            <numerusform>Se escribieron %n capturas.</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>Copy lin&amp;k</source>
        <translation>Copiar lin&amp;k</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Shift+C</source>
        <translation>Ctrl+Alt+Shift+C</translation>
    </message>
</context>
<context>
    <name>ThirdPartyLicenses</name>
    <message>
        <source>The licence text is missing from this build (%1).</source>
        <translation>Falta el texto de la licencia en esta compilación (%1).</translation>
    </message>
    <message>
        <source>the application framework</source>
        <translation>el framework de la aplicación</translation>
    </message>
    <message>
        <source>the retry forecast chart</source>
        <translation>la gráfica del pronóstico de reintentos</translation>
    </message>
    <message>
        <source>the embedded demo sandbox</source>
        <translation>el sandbox de demostración integrado</translation>
    </message>
    <message>
        <source>API keys in the OS keychain</source>
        <translation>las claves de API en el llavero del sistema</translation>
    </message>
    <message>
        <source>reading validation pages quickly</source>
        <translation>la lectura rápida de páginas de validaciones</translation>
    </message>
    <message>
        <source>the font of screenshots and tests</source>
        <translation>la fuente de capturas y pruebas</translation>
    </message>
</context>
<context>
    <name>rd::ApiError</name>
    <message>
        <source>The server could not read the request.</source>
        <translation>El servidor no pudo leer la solicitud.</translation>
    </message>
    <message>
        <source>The API key is missing or invalid.</source>
        <translation>Falta la clave de API o no es válida.</translation>
    </message>
    <message>
        <source>The API key lacks the permission this action needs.</source>
        <translation>La clave de API no tiene el permiso que necesita esta acción.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>No encontrado.</translation>
    </message>
    <message>
        <source>Conflict.</source>
        <translation>Conflicto.</translation>
    </message>
    <message>
        <source>The server rejected the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <source>Rate limit exceeded.</source>
        <translation>Se excedió el límite de solicitudes.</translation>
    </message>
    <message>
        <source>The server had an internal error.</source>
        <translation>El servidor tuvo un error interno.</translation>
    </message>
    <message>
        <source>The server does not implement this endpoint.</source>
        <translation>El servidor no implementa este endpoint.</translation>
    </message>
    <message>
        <source>Bad gateway.</source>
        <translation>Puerta de enlace incorrecta.</translation>
    </message>
    <message>
        <source>The service is unavailable.</source>
        <translation>El servicio no está disponible.</translation>
    </message>
    <message>
        <source>Gateway timeout.</source>
        <translation>Tiempo de espera de la puerta de enlace agotado.</translation>
    </message>
    <message>
        <source>HTTP %1.</source>
        <translation>HTTP %1.</translation>
    </message>
</context>
<context>
    <name>rd::AppSettings</name>
    <message>
        <source>Auto-refresh every %1 s is not offered: every %2 s instead (the choices keep background work within half the rate limit).</source>
        <translation>No se ofrece la actualización automática cada %1 s: cada %2 s en su lugar (las opciones mantienen el trabajo en segundo plano dentro de la mitad del límite de solicitudes).</translation>
    </message>
    <message>
        <source>A full refresh every %1 min is not offered: every %2 min instead.</source>
        <translation>No se ofrece una actualización completa cada %1 min: cada %2 min en su lugar.</translation>
    </message>
    <message>
        <source>The first status check after %1 s is outside 5–60 s (seed 000&apos;s backoff starts at 5 s): %2 s instead.</source>
        <translation>La primera consulta de estado tras %1 s está fuera de 5–60 s (la espera progresiva del seed 000 empieza en 5 s): %2 s en su lugar.</translation>
    </message>
    <message>
        <source>Status checks at most every %1 s must lie between the first check and 5 minutes (seed 000): %2 s instead.</source>
        <translation>Las consultas de estado, como máximo cada %1 s, deben quedar entre la primera consulta y 5 minutos (seed 000): %2 s en su lugar.</translation>
    </message>
    <message>
        <source>“%1” is not a language code: the system&apos;s language instead.</source>
        <translation>“%1” no es un código de idioma: se usa el idioma del sistema.</translation>
    </message>
    <message>
        <source>A request timeout of %1 s is outside 5–30 s (seed 003: a request takes at most 30 s): %2 s instead.</source>
        <translation>Un tiempo de espera de solicitud de %1 s está fuera de 5–30 s (seed 003: una solicitud dura como máximo 30 s): %2 s en su lugar.</translation>
    </message>
    <message>
        <source>A total time of %1 s must lie between the request timeout and 5 minutes (seed 003): %2 s instead.</source>
        <translation>Un tiempo total de %1 s debe quedar entre el tiempo de espera de la solicitud y 5 minutos (seed 003): %2 s en su lugar.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>Escriba el nombre o la dirección del proxy.</translation>
    </message>
    <message>
        <source>Enter the host only (for example proxy.example.com), without http://, a user or a path.</source>
        <translation>Escriba solo el host (por ejemplo proxy.example.com), sin http://, usuario ni ruta.</translation>
    </message>
    <message>
        <source>The port is a number from 1 to 65535.</source>
        <translation>El puerto es un número del 1 al 65535.</translation>
    </message>
</context>
<context>
    <name>rd::BulkAction</name>
    <message>
        <source>Cancel retry cycles</source>
        <translation>Cancelar ciclos de reintento</translation>
    </message>
    <message>
        <source>Turn retries off</source>
        <translation>Desactivar los reintentos</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Apply retry policy: %1 retries every %2 on %3</source>
        <translation>Aplicar política de reintentos: %1 reintentos cada %2 en %3</translation>
    </message>
    <message>
        <source>from a bulk import: retry the list instead (seed 002, D35)</source>
        <translation>viene de una importación masiva: reintente la lista en su lugar (seed 002, D35)</translation>
    </message>
    <message>
        <source>outcome not eligible: only not_found, cep_unavailable and error are retried</source>
        <translation>resultado no elegible: solo se reintentan not_found, cep_unavailable y error</translation>
    </message>
    <message>
        <source>retry cycle already resolved or exhausted</source>
        <translation>ciclo de reintentos ya resuelto o agotado</translation>
    </message>
    <message>
        <source>older than the 30-day age window</source>
        <translation>más antigua que la ventana de 30 días</translation>
    </message>
    <message>
        <source>no active retry cycle to cancel</source>
        <translation>ningún ciclo de reintentos activo que cancelar</translation>
    </message>
    <message>
        <source>listed twice: sent once</source>
        <translation>aparece dos veces: se envía una vez</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>menos de un minuto</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>unos %1 min</translation>
    </message>
    <message>
        <source>about %1 h</source>
        <translation>unas %1 h</translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation>unas %1 h %2 min</translation>
    </message>
    <message>
        <source>the key&apos;s limit of %1 a minute, less %2 kept for your own actions and %3 for background sync</source>
        <translation>el límite de la clave de %1 por minuto, menos %2 reservadas para sus propias acciones y %3 para la sincronización en segundo plano</translation>
    </message>
    <message>
        <source>your speed limit</source>
        <translation>su límite de velocidad</translation>
    </message>
    <message>
        <source>The key&apos;s rate limit is not known yet (the server has not sent X-RateLimit-Limit): the time left is shown once the first answers arrive.</source>
        <translation>Aún no se conoce el límite de solicitudes de la clave (el servidor no ha enviado X-RateLimit-Limit): el tiempo restante se muestra en cuanto lleguen las primeras respuestas.</translation>
    </message>
    <message>
        <source>At about %1 a minute (%2), %3 take %4.</source>
        <translation>A unas %1 por minuto (%2), %3 tardan %4.</translation>
    </message>
    <message>
        <source>1 validation</source>
        <translation>1 validación</translation>
    </message>
    <message>
        <source>%1 validations</source>
        <translation>%1 validaciones</translation>
    </message>
</context>
<context>
    <name>rd::BulkRun</name>
    <message>
        <source>Not sent: %1.</source>
        <translation>No enviado: %1.</translation>
    </message>
    <message>
        <source>The run could not be recorded in the outbox (%1), so nothing was sent.</source>
        <translation>La ejecución no se pudo registrar en la bandeja de salida (%1), así que no se envió nada.</translation>
    </message>
    <message>
        <source>The outbox could not be written (%1): the run stopped so that no write goes out unrecorded. Free disk space, then retry the failed items.</source>
        <translation>No se pudo escribir en la bandeja de salida (%1): la ejecución se detuvo para que ninguna escritura salga sin registro. Libere espacio en disco y reintente los elementos fallidos.</translation>
    </message>
    <message>
        <source>Not sent: the run was cancelled before this item.</source>
        <translation>No enviado: la ejecución se canceló antes de este elemento.</translation>
    </message>
    <message>
        <source>Not sent: a later change to this validation replaced it.</source>
        <translation>No enviado: un cambio posterior a esta validación lo reemplazó.</translation>
    </message>
    <message>
        <source>Run %1 is not in the outbox any more.</source>
        <translation>La ejecución %1 ya no está en la bandeja de salida.</translation>
    </message>
    <message>
        <source>The connection closed while the run was under way; it can be resumed.</source>
        <translation>La conexión se cerró mientras la ejecución estaba en curso; se puede reanudar.</translation>
    </message>
</context>
<context>
    <name>rd::ConnectionRegistry</name>
    <message>
        <source>Another connection is already called &quot;%1&quot;; choose another name.</source>
        <translation>Ya hay otra conexión llamada &quot;%1&quot;; elija otro nombre.</translation>
    </message>
    <message>
        <source>The connection could not be saved to the settings file. Check the disk space and permissions of your configuration folder.</source>
        <translation>No se pudo guardar la conexión en el archivo de configuración. Revise el espacio en disco y los permisos de su carpeta de configuración.</translation>
    </message>
    <message>
        <source>This connection no longer exists.</source>
        <translation>Esta conexión ya no existe.</translation>
    </message>
</context>
<context>
    <name>rd::ConnectionTester</name>
    <message>
        <source>the server redirects to %1; use that address as the base URL</source>
        <translation>el servidor redirige a %1; use esa dirección como URL base</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
</context>
<context>
    <name>rd::CountdownFormatter</name>
    <message>
        <source>in %1 s</source>
        <translation>en %1 s</translation>
    </message>
    <message>
        <source>in %1 min %2 s</source>
        <translation>en %1 min %2 s</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>en %1 min</translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>en %1 h %2 min</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>en %1 h</translation>
    </message>
    <message>
        <source>in %1 d %2 h</source>
        <translation>en %1 d %2 h</translation>
    </message>
    <message>
        <source>in %1 d</source>
        <translation>en %1 d</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>toca ahora</translation>
    </message>
    <message>
        <source>was due</source>
        <translation>tocaba</translation>
    </message>
    <message>
        <source>retrying…</source>
        <translation>reintentando…</translation>
    </message>
    <message>
        <source>No attempt scheduled</source>
        <translation>Ningún intento programado</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Next attempt at %1 %2 (server time)</source>
        <translation>Próximo intento a las %1 %2 (hora del servidor)</translation>
    </message>
</context>
<context>
    <name>rd::CycleTimelinePlan</name>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>CEP unavailable</source>
        <translation>CEP no disponible</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 (unknown to RetryDesk)</source>
        <translation>%1 (desconocido para RetryDesk)</translation>
    </message>
    <message>
        <source>Original run</source>
        <translation>Ejecución original</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>Reintento %1</translation>
    </message>
    <message>
        <source>Retry %1 of %2</source>
        <translation>Reintento %1 de %2</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>A retry returned valid: the cycle is over.</source>
        <translation>Un reintento devolvió válido: el ciclo terminó.</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Every allowed attempt was used without a valid outcome.</source>
        <translation>Se usaron todos los intentos permitidos sin un resultado válido.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>A user cancelled the cycle; saving a policy starts a new one.</source>
        <translation>Un usuario canceló el ciclo; guardar una política inicia uno nuevo.</translation>
    </message>
    <message>
        <source>Bulk import: never retried</source>
        <translation>Importación masiva: nunca se reintenta</translation>
    </message>
    <message>
        <source>Validations from a bulk import are never retried.</source>
        <translation>Las validaciones de una importación masiva nunca se reintentan.</translation>
    </message>
    <message>
        <source>Nothing to retry</source>
        <translation>Nada que reintentar</translation>
    </message>
    <message>
        <source>Only not found, CEP unavailable and error can be retried.</source>
        <translation>Solo se pueden reintentar no encontrado, CEP no disponible y error.</translation>
    </message>
    <message>
        <source>Too old to retry</source>
        <translation>Demasiado antigua para reintentar</translation>
    </message>
    <message>
        <source>The validation is outside the server&apos;s retry window.</source>
        <translation>La validación está fuera de la ventana de reintentos del servidor.</translation>
    </message>
    <message>
        <source>No retry policy</source>
        <translation>Sin política de reintentos</translation>
    </message>
    <message>
        <source>No retry policy is set. Edit the policy to start a cycle.</source>
        <translation>No hay política de reintentos. Edite la política para iniciar un ciclo.</translation>
    </message>
    <message>
        <source>State “%1” unknown</source>
        <translation>Estado “%1” desconocido</translation>
    </message>
    <message>
        <source>The server reports a retry state RetryDesk does not know.</source>
        <translation>El servidor informa un estado de reintento que RetryDesk no conoce.</translation>
    </message>
    <message>
        <source>No maximum: keeps retrying</source>
        <translation>Sin máximo: sigue reintentando</translation>
    </message>
    <message>
        <source>The policy sets no maximum: retries go on until one is valid.</source>
        <translation>La política no fija un máximo: los reintentos continúan hasta que uno sea válido.</translation>
    </message>
    <message>
        <source>No retries left</source>
        <translation>No quedan reintentos</translation>
    </message>
    <message>
        <source>Every allowed retry has been made; the server has yet to end the cycle.</source>
        <translation>Se hicieron todos los reintentos permitidos; falta que el servidor cierre el ciclo.</translation>
    </message>
    <message>
        <source>Stops after retry %1 of %1</source>
        <translation>Se detiene tras el reintento %1 de %1</translation>
    </message>
    <message>
        <source>Stops after #%1</source>
        <translation>Se detiene tras el n.º %1</translation>
    </message>
    <message>
        <source>Retrying: stops after retry %1 of %1 at the latest, earlier if a retry returns valid.</source>
        <translation>Reintentando: se detiene a más tardar tras el reintento %1 de %1, antes si un reintento devuelve válido.</translation>
    </message>
    <message>
        <source>Timeline: no attempts made</source>
        <translation>Línea de tiempo: ningún intento realizado</translation>
    </message>
    <message>
        <source>Timeline: 1 attempt made</source>
        <translation>Línea de tiempo: 1 intento realizado</translation>
    </message>
    <message>
        <source>Timeline: %1 attempts made</source>
        <translation>Línea de tiempo: %1 intentos realizados</translation>
    </message>
    <message>
        <source>, more planned</source>
        <translation>, más planeados</translation>
    </message>
    <message>
        <source>, 1 planned</source>
        <translation>, 1 planeado</translation>
    </message>
    <message>
        <source>, %1 planned</source>
        <translation>, %1 planeados</translation>
    </message>
    <message>
        <source>, next overdue since %1</source>
        <translation>, el siguiente vencido desde %1</translation>
    </message>
    <message>
        <source>, next at %1</source>
        <translation>, el siguiente a las %1</translation>
    </message>
    <message>
        <source>, next attempt not scheduled</source>
        <translation>, siguiente intento sin programar</translation>
    </message>
    <message>
        <source>; no maximum is set.</source>
        <translation>; no hay un máximo fijado.</translation>
    </message>
    <message>
        <source>; will stop after retry %1 of %1 unless one is valid.</source>
        <translation>; se detendrá tras el reintento %1 de %1 salvo que uno sea válido.</translation>
    </message>
    <message>
        <source>; no retries left.</source>
        <translation>; no quedan reintentos.</translation>
    </message>
    <message>
        <source>; resolved at %1.</source>
        <translation>; resuelto a las %1.</translation>
    </message>
    <message>
        <source>; resolved.</source>
        <translation>; resuelto.</translation>
    </message>
    <message>
        <source>; exhausted at %1.</source>
        <translation>; agotado a las %1.</translation>
    </message>
    <message>
        <source>; exhausted.</source>
        <translation>; agotado.</translation>
    </message>
    <message>
        <source>; cancelled at %1.</source>
        <translation>; cancelado a las %1.</translation>
    </message>
    <message>
        <source>; cancelled.</source>
        <translation>; cancelado.</translation>
    </message>
    <message>
        <source>; from a bulk import, never retried.</source>
        <translation>; viene de una importación masiva, nunca se reintenta.</translation>
    </message>
    <message>
        <source>; nothing to retry.</source>
        <translation>; nada que reintentar.</translation>
    </message>
    <message>
        <source>; too old to retry.</source>
        <translation>; demasiado antigua para reintentar.</translation>
    </message>
    <message>
        <source>; no retry policy is set.</source>
        <translation>; no hay política de reintentos.</translation>
    </message>
</context>
<context>
    <name>rd::IdDelegate</name>
    <message>
        <source>%1
Watched</source>
        <translation>%1
Vigilada</translation>
    </message>
</context>
<context>
    <name>rd::ListRetryBatch</name>
    <message>
        <source>Not sent: the retry of the selected lists was stopped before %1.</source>
        <translation>No enviado: el reintento de las listas seleccionadas se detuvo antes de %1.</translation>
    </message>
</context>
<context>
    <name>rd::ListService</name>
    <message>
        <source>This server has no lists listing (GET %1 answered 404%2). Type a list id to check its status or retry it.</source>
        <translation>Este servidor no tiene listado de listas (GET %1 respondió 404%2). Escriba un id de lista para consultar su estado o reintentarla.</translation>
    </message>
    <message>
        <source>, request %1</source>
        <translation>, solicitud %1</translation>
    </message>
    <message>
        <source>The server&apos;s lists could not be read (%1). Request id: %2.</source>
        <translation>No se pudieron leer las listas del servidor (%1). Id de solicitud: %2.</translation>
    </message>
    <message>
        <source>The server answered 404 to the status check of %1%2.</source>
        <translation>El servidor respondió 404 a la consulta de estado de %1%2.</translation>
    </message>
    <message>
        <source> (request %1)</source>
        <translation> (solicitud %1)</translation>
    </message>
    <message>
        <source>Type the id of the list to retry (for example list_12345).</source>
        <translation>Escriba el id de la lista que desea reintentar (por ejemplo list_12345).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list id: list ids have no spaces, slashes, &apos;?&apos;, &apos;#&apos; or &apos;%&apos; (for example list_12345).</source>
        <translation>&quot;%1&quot; no es un id de lista: los ids de lista no llevan espacios, barras, &apos;?&apos;, &apos;#&apos; ni &apos;%&apos; (por ejemplo list_12345).</translation>
    </message>
    <message>
        <source>A retry of %1, in the same retry chain as %2, is being sent. Wait for its answer: a chain runs one job at a time.</source>
        <translation>Se está enviando un reintento de %1, de la misma cadena de reintentos que %2. Espere su respuesta: una cadena ejecuta un trabajo a la vez.</translation>
    </message>
    <message>
        <source>%1 is still processing (%2). It can be retried once it has finished; its status is checked automatically.</source>
        <translation>%1 aún se está procesando (%2). Se podrá reintentar cuando termine; su estado se consulta automáticamente.</translation>
    </message>
    <message>
        <source>%1 cannot be retried while %2, a job of the same retry chain, is still processing (%3). Retry once %2 has finished.</source>
        <translation>%1 no se puede reintentar mientras %2, un trabajo de la misma cadena de reintentos, siga procesándose (%3). Reintente cuando %2 haya terminado.</translation>
    </message>
    <message>
        <source>Wait at least 5 minutes between retries (the lists API asks it: big lists take time). %1&apos;s retry chain was last retried at %2; it can be retried again at %3.</source>
        <translation>Espere al menos 5 minutos entre reintentos (lo pide la API de listas: las listas grandes tardan). La cadena de reintentos de %1 se reintentó por última vez a las %2; se podrá reintentar de nuevo a las %3.</translation>
    </message>
    <message>
        <source>%1 retried: new job %2 (%3).</source>
        <translation>%1 reintentada: trabajo nuevo %2 (%3).</translation>
    </message>
    <message>
        <source>The server did not start a new job. Request id: %1.</source>
        <translation>El servidor no inició un trabajo nuevo. Id de solicitud: %1.</translation>
    </message>
    <message>
        <source>The server accepted the retry of %1 but its answer could not be read (%2). Request id: %3.</source>
        <translation>El servidor aceptó el reintento de %1, pero no se pudo leer su respuesta (%2). Id de solicitud: %3.</translation>
    </message>
    <message>
        <source>Refresh to see the new job; retrying %1 resends the same request, so it cannot start a second one.</source>
        <translation>Actualice para ver el trabajo nuevo; reintentar %1 reenvía la misma solicitud, así que no puede iniciar un segundo trabajo.</translation>
    </message>
    <message>
        <source>The API key was refused: check the connection&apos;s key.</source>
        <translation>La clave de API fue rechazada: revise la clave de la conexión.</translation>
    </message>
    <message>
        <source>This API key may not retry lists: use a key with write access.</source>
        <translation>Esta clave de API no puede reintentar listas: use una clave con acceso de escritura.</translation>
    </message>
    <message>
        <source>Check the list id: the server has no list %1 for this API key.</source>
        <translation>Revise el id de la lista: el servidor no tiene la lista %1 para esta clave de API.</translation>
    </message>
    <message>
        <source>Its job is still running: retry once it has finished (its status is checked automatically).</source>
        <translation>Su trabajo sigue en curso: reintente cuando haya terminado (su estado se consulta automáticamente).</translation>
    </message>
    <message>
        <source>Retrying %1 sends the same request again (same idempotency key), so it starts at most one job.</source>
        <translation>Reintentar %1 envía de nuevo la misma solicitud (misma clave de idempotencia), así que inicia como máximo un trabajo.</translation>
    </message>
</context>
<context>
    <name>rd::ListTableModel</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>In Progress</source>
        <translation>En proceso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>The server&apos;s status &quot;%1&quot; is unknown to RetryDesk.</source>
        <translation>El estado &quot;%1&quot; del servidor es desconocido para RetryDesk.</translation>
    </message>
    <message>
        <source>Retry chain, oldest first: %1</source>
        <translation>Cadena de reintentos, de la más antigua a la más reciente: %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válidas</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Inválidas</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocidas</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>Retry chain</source>
        <translation>Cadena de reintentos</translation>
    </message>
</context>
<context>
    <name>rd::OutboxResume</name>
    <message>
        <source>1 bulk run (%1 of %2 done)</source>
        <translation>1 ejecución masiva (%1 de %2 hechas)</translation>
    </message>
    <message>
        <source>%1 bulk runs</source>
        <translation>%1 ejecuciones masivas</translation>
    </message>
    <message>
        <source>1 single write</source>
        <translation>1 escritura individual</translation>
    </message>
    <message>
        <source>%1 single writes</source>
        <translation>%1 escrituras individuales</translation>
    </message>
    <message>
        <source>%1 did not finish when RetryDesk last stopped.</source>
        <translation>%1 no terminó cuando RetryDesk se detuvo por última vez.</translation>
    </message>
    <message>
        <source>%1 and %2 did not finish when RetryDesk last stopped.</source>
        <translation>%1 y %2 no terminaron cuando RetryDesk se detuvo por última vez.</translation>
    </message>
    <message>
        <source>%1 sent over 24 hours ago never got an answer: their outcome is unknown (see the activity log).</source>
        <translation>%1 enviadas hace más de 24 horas nunca recibieron respuesta: su resultado es desconocido (vea el registro de actividad).</translation>
    </message>
</context>
<context>
    <name>rd::RetryPolicy</name>
    <message>
        <source>Enter how many times to retry (at least 1).</source>
        <translation>Indique cuántas veces reintentar (al menos 1).</translation>
    </message>
    <message>
        <source>Max retries must be at least 1 (your plan&apos;s cap is not known; the server refuses a number above it); you entered %1.</source>
        <translation>El máximo de reintentos debe ser al menos 1 (no se conoce el tope de su plan; el servidor rechaza un número mayor); usted escribió %1.</translation>
    </message>
    <message>
        <source>Enter how many times to retry (1 to %1).</source>
        <translation>Indique cuántas veces reintentar (de 1 a %1).</translation>
    </message>
    <message>
        <source>Max retries must be between 1 and %1 (your plan&apos;s cap); you entered %2.</source>
        <translation>El máximo de reintentos debe estar entre 1 y %1 (el tope de su plan); usted escribió %2.</translation>
    </message>
    <message>
        <source>Enter an interval between 5 minutes and 24 hours.</source>
        <translation>Indique un intervalo de entre 5 minutos y 24 horas.</translation>
    </message>
    <message>
        <source>The interval must be between 5 minutes (300 s) and 24 hours (86400 s); you entered %1 s.</source>
        <translation>El intervalo debe estar entre 5 minutos (300 s) y 24 horas (86400 s); usted escribió %1 s.</translation>
    </message>
    <message>
        <source>Choose at least one outcome that should trigger a retry.</source>
        <translation>Elija al menos un resultado que deba provocar un reintento.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot trigger a retry; choose from not_found, cep_unavailable and error.</source>
        <translation>&apos;%1&apos; no puede provocar un reintento; elija entre not_found, cep_unavailable y error.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice.</source>
        <translation>&apos;%1&apos; aparece dos veces.</translation>
    </message>
</context>
<context>
    <name>rd::ValidationPageDecoder</name>
    <message>
        <source>The response is not JSON.</source>
        <translation>La respuesta no es JSON.</translation>
    </message>
    <message>
        <source>The response is not valid JSON.</source>
        <translation>La respuesta no es JSON válido.</translation>
    </message>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>La respuesta no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The response&apos;s data is not a list of validations.</source>
        <translation>Los datos de la respuesta no son una lista de validaciones.</translation>
    </message>
    <message>
        <source>The server answered with an error.</source>
        <translation>El servidor respondió con un error.</translation>
    </message>
    <message>
        <source>The response is not valid JSON (%1).</source>
        <translation>La respuesta no es JSON válido (%1).</translation>
    </message>
</context>
<context>
    <name>rd::ValidationService</name>
    <message>
        <source>The server&apos;s list could not be read (%1). Request id: %2.</source>
        <translation>No se pudo leer la lista del servidor (%1). Id de solicitud: %2.</translation>
    </message>
</context>
<context>
    <name>rd::ValidationTableModel</name>
    <message>
        <source>Created %1
Updated %2</source>
        <translation>Creada %1
Actualizada %2</translation>
    </message>
    <message>
        <source>%1, watched</source>
        <translation>%1, vigilada</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Retry state</source>
        <translation>Estado del reintento</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
</context>
<context>
    <name>rd::ValidationTableView</name>
    <message>
        <source>Validations</source>
        <translation>Validaciones</translation>
    </message>
</context>
<context>
    <name>rd::ValidationText</name>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>CEP unavailable</source>
        <translation>CEP no disponible</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>intento %1 de %2</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>intento %1</translation>
    </message>
    <message>
        <source>No retry policy</source>
        <translation>Sin política de reintentos</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 remaining</source>
        <translation>%1 · %2 · quedan %3</translation>
    </message>
    <message>
        <source>From a bulk import: the server does not retry these.</source>
        <translation>De una importación masiva: el servidor no las reintenta.</translation>
    </message>
    <message>
        <source>No retry policy is set for this validation.</source>
        <translation>Esta validación no tiene política de reintentos.</translation>
    </message>
    <message>
        <source>Retries are active; %1.</source>
        <translation>Los reintentos están activos; %1.</translation>
    </message>
    <message>
        <source>Resolved: a retry succeeded, no more attempts will run.</source>
        <translation>Resuelto: un reintento tuvo éxito, no se harán más intentos.</translation>
    </message>
    <message>
        <source>Exhausted: every allowed attempt was used.</source>
        <translation>Agotado: se usaron todos los intentos permitidos.</translation>
    </message>
    <message>
        <source>Cancelled: the cycle was stopped before it finished.</source>
        <translation>Cancelado: el ciclo se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>The retry cycle has not started.</source>
        <translation>El ciclo de reintentos no ha comenzado.</translation>
    </message>
    <message>
        <source>Bulk import</source>
        <translation>Importación masiva</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
</context>
<context>
    <name>rd::WatchList</name>
    <message>
        <source>attempt %1 of %2</source>
        <translation>intento %1 de %2</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>intento %1</translation>
    </message>
    <message>
        <source>Validation %1 resolved: a retry came back valid (%2).</source>
        <translation>Validación %1 resuelta: un reintento resultó válido (%2).</translation>
    </message>
    <message>
        <source>Validation %1 is exhausted: every retry was used without a valid result (%2).</source>
        <translation>La validación %1 se agotó: se usaron todos los reintentos sin un resultado válido (%2).</translation>
    </message>
    <message>
        <source>Validation %1&apos;s retry cycle was cancelled elsewhere (%2).</source>
        <translation>El ciclo de reintentos de la validación %1 se canceló en otro lugar (%2).</translation>
    </message>
</context>
<context>
    <name>rd::instance</name>
    <message>
        <source>A link to a validation looks like %1.</source>
        <translation>Un enlace a una validación se ve así: %1.</translation>
    </message>
</context>
<context>
    <name>rd::instance::DeepLink</name>
    <message>
        <source>“%1” is not a valid link (%2).</source>
        <translation>“%1” no es un enlace válido (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a RetryDesk link.</source>
        <translation>“%1” no es un enlace de RetryDesk.</translation>
    </message>
    <message>
        <source>RetryDesk cannot open “%1”.</source>
        <translation>RetryDesk no puede abrir “%1”.</translation>
    </message>
    <message>
        <source>RetryDesk cannot open “%1”: it opens links to a validation.</source>
        <translation>RetryDesk no puede abrir “%1”: abre enlaces a una validación.</translation>
    </message>
    <message>
        <source>The link “%1” names no validation.</source>
        <translation>El enlace “%1” no nombra ninguna validación.</translation>
    </message>
    <message>
        <source>The link “%1” has more after the validation&apos;s id than RetryDesk understands (a “/” inside an id is written %2F).</source>
        <translation>El enlace “%1” tiene, después del id de la validación, más de lo que RetryDesk entiende (una “/” dentro de un id se escribe %2F).</translation>
    </message>
</context>
<context>
    <name>rd::instance::SingleInstance</name>
    <message>
        <source>Another RetryDesk is starting at this moment and holds %1. Wait a moment and try again; if no RetryDesk is running, delete that file.</source>
        <translation>Otro RetryDesk está iniciando en este momento y tiene %1. Espere un momento e intente de nuevo; si no hay ningún RetryDesk en ejecución, elimine ese archivo.</translation>
    </message>
    <message numerus="yes">
        <source>A RetryDesk seems to be running (%1) but did not accept the connection within %n second(s). Close it, or end it if it does not respond, and try again.</source>
        <translation>
            <numerusform>Parece que hay un RetryDesk en ejecución (%1), pero no aceptó la conexión en %n segundo. Ciérrelo, o termínelo si no responde, e intente de nuevo.</numerusform>
            <numerusform>Parece que hay un RetryDesk en ejecución (%1), pero no aceptó la conexión en %n segundos. Ciérrelo, o termínelo si no responde, e intente de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>RetryDesk could not reach the RetryDesk already running (%1): %2.</source>
        <translation>RetryDesk no pudo contactar al RetryDesk que ya está en ejecución (%1): %2.</translation>
    </message>
    <message numerus="yes">
        <source>The RetryDesk already running did not answer within %n second(s), so the link or options of this launch may not have reached it. If its window does not respond, end it and start RetryDesk again.</source>
        <translation>
            <numerusform>El RetryDesk que ya está en ejecución no respondió en %n segundo, así que el enlace o las opciones de este inicio quizá no le llegaron. Si su ventana no responde, termínelo e inicie RetryDesk de nuevo.</numerusform>
            <numerusform>El RetryDesk que ya está en ejecución no respondió en %n segundos, así que el enlace o las opciones de este inicio quizá no le llegaron. Si su ventana no responde, termínelo e inicie RetryDesk de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The RetryDesk already running closed the connection without an answer, so the link or options of this launch may not have reached it. Try again; if it happens again, close RetryDesk and start it again.</source>
        <translation>El RetryDesk que ya está en ejecución cerró la conexión sin responder, así que el enlace o las opciones de este inicio quizá no le llegaron. Intente de nuevo; si vuelve a ocurrir, cierre RetryDesk e inícielo otra vez.</translation>
    </message>
    <message>
        <source>The program listening at %1 is not a RetryDesk this one understands (its answer never ends).</source>
        <translation>El programa que escucha en %1 no es un RetryDesk que este entienda (su respuesta nunca termina).</translation>
    </message>
    <message>
        <source>The program listening at %1 answered something this RetryDesk does not understand (%2). Close it and start RetryDesk again.</source>
        <translation>El programa que escucha en %1 respondió algo que este RetryDesk no entiende (%2). Ciérrelo e inicie RetryDesk de nuevo.</translation>
    </message>
    <message>
        <source>The RetryDesk already running did not take this launch: %1</source>
        <translation>El RetryDesk que ya está en ejecución no aceptó este inicio: %1</translation>
    </message>
    <message>
        <source>it gave no reason.</source>
        <translation>no dio ningún motivo.</translation>
    </message>
    <message>
        <source>Links opened while this RetryDesk runs will start another window: it could not listen at %1 (%2).</source>
        <translation>Los enlaces que se abran mientras este RetryDesk está en ejecución abrirán otra ventana: no pudo escuchar en %1 (%2).</translation>
    </message>
    <message>
        <source>the launch sent more than RetryDesk accepts.</source>
        <translation>el inicio envió más de lo que RetryDesk acepta.</translation>
    </message>
    <message>
        <source>the launch sent something RetryDesk does not understand (%1).</source>
        <translation>el inicio envió algo que RetryDesk no entiende (%1).</translation>
    </message>
    <message>
        <source>it speaks version %1 of RetryDesk&apos;s launch protocol and the new launch version %2. Close RetryDesk and start it again.</source>
        <translation>habla la versión %1 del protocolo de inicio de RetryDesk y el inicio nuevo la versión %2. Cierre RetryDesk e inícielo de nuevo.</translation>
    </message>
</context>
<context>
    <name>rd::net::Operation</name>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Cancelado por el usuario.</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>falló la conexión</translation>
    </message>
    <message>
        <source>the server did not answer within %1 s</source>
        <translation>el servidor no respondió en %1 s</translation>
    </message>
    <message>
        <source>No answer from the server.</source>
        <translation>Sin respuesta del servidor.</translation>
    </message>
</context>
<context>
    <name>rd::net::RequestLog</name>
    <message>
        <source>replayed</source>
        <translation>repetida</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Id de solicitud</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Clave de idempotencia</translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation>Repetida</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>rd::net::Result</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source> (request %1)</source>
        <translation> (solicitud %1)</translation>
    </message>
    <message>
        <source>%1%2 Fix the request or its settings and try again; RetryDesk does not retry this kind of error.</source>
        <translation>%1%2 Corrija la solicitud o su configuración e intente de nuevo; RetryDesk no reintenta este tipo de error.</translation>
    </message>
    <message>
        <source>The server kept failing (%1) after %2 attempts%3. It is having trouble: try again later, and cite the request id if you contact support.</source>
        <translation>El servidor siguió fallando (%1) tras %2 intentos%3. Tiene problemas: intente más tarde y cite el id de solicitud si contacta a soporte.</translation>
    </message>
    <message>
        <source>RetryDesk stopped retrying: too many requests to this server failed recently, so it is giving the server room to recover. Last error: %1%2. Try again in a minute.</source>
        <translation>RetryDesk dejó de reintentar: demasiadas solicitudes a este servidor fallaron hace poco, así que le da margen para recuperarse. Último error: %1%2. Intente de nuevo en un minuto.</translation>
    </message>
    <message>
        <source>No answer within %1 (%2 attempts). Check your network connection and the server&apos;s status, then try again; a change that reached the server can be found by reloading.</source>
        <translation>Sin respuesta en %1 (%2 intentos). Revise su conexión de red y el estado del servidor, e intente de nuevo; un cambio que llegó al servidor se verá al recargar.</translation>
    </message>
    <message>
        <source>Cancelled. If the request had already reached the server it may have been applied: reload to see the current state.</source>
        <translation>Cancelado. Si la solicitud ya había llegado al servidor, quizá se aplicó: recargue para ver el estado actual.</translation>
    </message>
    <message>
        <source>The server is still processing this change%1. It has not failed: RetryDesk will confirm it with the same idempotency key; reload in a moment.</source>
        <translation>El servidor aún procesa este cambio%1. No ha fallado: RetryDesk lo confirmará con la misma clave de idempotencia; recargue en un momento.</translation>
    </message>
    <message>
        <source>This idempotency key was already used for a different request%1. This is a bug in RetryDesk, not in your data: please report it. Nothing was changed by this request.</source>
        <translation>Esta clave de idempotencia ya se usó para otra solicitud%1. Es un error de RetryDesk, no de sus datos: por favor, repórtelo. Esta solicitud no cambió nada.</translation>
    </message>
    <message>
        <source>The server asked to wait until %1, beyond the %2 this request may take%3. Try again after that time.</source>
        <translation>El servidor pidió esperar hasta %1, más allá de los %2 que puede tardar esta solicitud%3. Intente de nuevo después de esa hora.</translation>
    </message>
    <message>
        <source>later</source>
        <translation>más tarde</translation>
    </message>
    <message>
        <source>Could not reach the server: %1. Check the server address and your network settings.</source>
        <translation>No se pudo contactar al servidor: %1. Revise la dirección del servidor y la configuración de su red.</translation>
    </message>
</context>
<context>
    <name>rd::outbox::Outbox</name>
    <message>
        <source>Check on the server whether %1 %2 was applied.</source>
        <translation>Verifique en el servidor si se aplicó %1 %2.</translation>
    </message>
    <message>
        <source>Open list %1 and check whether the retry started.</source>
        <translation>Abra la lista %1 y verifique si el reintento comenzó.</translation>
    </message>
    <message>
        <source>Open validation %1 and check its retry_state to see whether it was applied.</source>
        <translation>Abra la validación %1 y revise su retry_state para ver si se aplicó.</translation>
    </message>
</context>
<context>
    <name>rd::ui::AboutDialog</name>
    <message>
        <source>About RetryDesk</source>
        <translation>Acerca de RetryDesk</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>&amp;Third-party licences</source>
        <translation>Licencias de &amp;terceros</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Qt&apos;s own About box: its version and licence</source>
        <translation>El cuadro Acerca de de Qt: su versión y licencia</translation>
    </message>
    <message>
        <source>RetryDesk icon</source>
        <translation>Ícono de RetryDesk</translation>
    </message>
    <message>
        <source>&lt;h2&gt;RetryDesk %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;RetryDesk %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Version and build</source>
        <translation>Versión y compilación</translation>
    </message>
    <message>
        <source>&lt;p&gt;A desktop dashboard for validation jobs and their retry cycles.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un tablero de escritorio para trabajos de validación y sus ciclos de reintento.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Build: %1</source>
        <translation>Compilación: %1</translation>
    </message>
    <message>
        <source>Qt %1 at run time, built against Qt %2</source>
        <translation>Qt %1 en ejecución, compilado con Qt %2</translation>
    </message>
    <message>
        <source>RetryDesk&apos;s home page</source>
        <translation>Página de inicio de RetryDesk</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>&lt;p&gt;For a support ticket, use Help → Copy Diagnostics: it copies versions, settings and the last requests with their request ids, never an API key.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Para un ticket de soporte, use Ayuda → Copiar diagnóstico: copia versiones, configuración y las últimas solicitudes con sus ids de solicitud, nunca una clave de API.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>RetryDesk ships with these components. Each is used under the licence shown; select one to read it.</source>
        <translation>RetryDesk incluye estos componentes. Cada uno se usa bajo la licencia indicada; seleccione uno para leerla.</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Componentes de terceros</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, for %2. Licence: %3. %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, para %2. Licencia: %3. %4</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>rd::ui::ActivityLogDialog</name>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Activity log — %1</source>
        <translation>Registro de actividad — %1</translation>
    </message>
    <message>
        <source>Search the activity log</source>
        <translation>Buscar en el registro de actividad</translation>
    </message>
    <message>
        <source>Search validation, key, code, request id, message…</source>
        <translation>Buscar validación, clave, código, id de solicitud, mensaje…</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>Show writes</source>
        <translation>Mostrar escrituras</translation>
    </message>
    <message>
        <source>All writes</source>
        <translation>Todas las escrituras</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicada</translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation>Repetida</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Failed (no answer)</source>
        <translation>Fallida (sin respuesta)</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>Writes, newest first</source>
        <translation>Escrituras, las más recientes primero</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>The selected write</source>
        <translation>La escritura seleccionada</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>1 write shown, newest first.</source>
        <translation>1 escritura mostrada, las más recientes primero.</translation>
    </message>
    <message>
        <source>%1 writes shown, newest first.</source>
        <translation>%1 escrituras mostradas, las más recientes primero.</translation>
    </message>
    <message>
        <source>Only the newest %1 are listed: search to narrow them down.</source>
        <translation>Solo se listan las %1 más recientes: busque para acotarlas.</translation>
    </message>
    <message>
        <source>Select a write to read all of it.</source>
        <translation>Seleccione una escritura para leerla completa.</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>id de solicitud %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clave %1</translation>
    </message>
    <message>
        <source>Export the activity log as CSV</source>
        <translation>Exportar el registro de actividad como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n write(s) exported to %1.</source>
        <translation>
            <numerusform>Se exportó %n escritura a %1.</numerusform>
            <numerusform>Se exportaron %n escrituras a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV could not be written to %1: %2</source>
        <translation>No se pudo escribir el CSV en %1: %2</translation>
    </message>
</context>
<context>
    <name>rd::ui::ActivityLogModel</name>
    <message>
        <source>Turn retries off</source>
        <translation>Desactivar los reintentos</translation>
    </message>
    <message>
        <source>Set policy: %1 × every %2</source>
        <translation>Fijar política: %1 × cada %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Set retry policy</source>
        <translation>Fijar política de reintentos</translation>
    </message>
    <message>
        <source>Cancel retry cycle</source>
        <translation>Cancelar ciclo de reintentos</translation>
    </message>
    <message>
        <source>Retry list</source>
        <translation>Reintentar lista</translation>
    </message>
    <message>
        <source> · run %1</source>
        <translation> · ejecución %1</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Aún no enviada</translation>
    </message>
    <message>
        <source>Not settled: resend</source>
        <translation>Sin resolver: reenviar</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Esperando respuesta</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicada</translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation>Repetida</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>Replaced by a later change</source>
        <translation>Reemplazada por un cambio posterior</translation>
    </message>
    <message>
        <source>Not sent (cancelled)</source>
        <translation>No enviada (cancelada)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Id de solicitud</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Clave de idempotencia</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>rd::ui::ApiKeyEdit</name>
    <message>
        <source>Show key</source>
        <translation>Mostrar clave</translation>
    </message>
    <message>
        <source>Alt+K</source>
        <translation>Alt+K</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>Ocultar clave</translation>
    </message>
</context>
<context>
    <name>rd::ui::BulkController</name>
    <message>
        <source>Show the bulk run&apos;s progress and results</source>
        <translation>Mostrar el progreso y los resultados de la ejecución masiva</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>la selección</translation>
    </message>
    <message>
        <source>all validations</source>
        <translation>todas las validaciones</translation>
    </message>
    <message>
        <source>all validations matching the filter</source>
        <translation>todas las validaciones que coinciden con el filtro</translation>
    </message>
    <message>
        <source>selection</source>
        <translation>selección</translation>
    </message>
    <message>
        <source>all in the table</source>
        <translation>todas las de la tabla</translation>
    </message>
    <message>
        <source>all matching the filter</source>
        <translation>todas las que coinciden con el filtro</translation>
    </message>
    <message>
        <source>Bulk: %1/%2 (paused)</source>
        <translation>Masiva: %1/%2 (en pausa)</translation>
    </message>
    <message>
        <source>Bulk: %1/%2</source>
        <translation>Masiva: %1/%2</translation>
    </message>
    <message>
        <source>Bulk: ended, %1 failed</source>
        <translation>Masiva: terminada, %1 fallidas</translation>
    </message>
    <message>
        <source>Bulk: ended</source>
        <translation>Masiva: terminada</translation>
    </message>
    <message>
        <source>This connection has no outbox, so a bulk run could not be resumed safely after a crash.</source>
        <translation>Esta conexión no tiene bandeja de salida, así que una ejecución masiva no podría reanudarse con seguridad tras un fallo.</translation>
    </message>
    <message>
        <source>Select validations in the table first.</source>
        <translation>Primero seleccione validaciones en la tabla.</translation>
    </message>
    <message>
        <source>No validation matches the filter.</source>
        <translation>Ninguna validación coincide con el filtro.</translation>
    </message>
    <message>
        <source>Apply one retry policy to the selected validations, after a dry run</source>
        <translation>Aplicar una misma política de reintentos a las validaciones seleccionadas, tras una simulación</translation>
    </message>
    <message>
        <source>Apply one retry policy to every validation the filter shows, after a dry run</source>
        <translation>Aplicar una misma política de reintentos a todas las validaciones que muestra el filtro, tras una simulación</translation>
    </message>
    <message>
        <source>Cancel the retry cycles of the selected validations, after a dry run</source>
        <translation>Cancelar los ciclos de reintento de las validaciones seleccionadas, tras una simulación</translation>
    </message>
    <message>
        <source>Cancel the retry cycles of every validation the filter shows, after a dry run</source>
        <translation>Cancelar los ciclos de reintento de todas las validaciones que muestra el filtro, tras una simulación</translation>
    </message>
    <message>
        <source>Your writes on this connection, from its outbox</source>
        <translation>Sus escrituras en esta conexión, de su bandeja de salida</translation>
    </message>
</context>
<context>
    <name>rd::ui::BulkDryRunDialog</name>
    <message>
        <source>Apply a retry policy to %1</source>
        <translation>Aplicar una política de reintentos a %1</translation>
    </message>
    <message>
        <source>Cancel the retry cycles of %1</source>
        <translation>Cancelar los ciclos de reintento de %1</translation>
    </message>
    <message>
        <source>1 validation</source>
        <translation>1 validación</translation>
    </message>
    <message>
        <source>%1 validations</source>
        <translation>%1 validaciones</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>Dry run summary</source>
        <translation>Resumen de la simulación</translation>
    </message>
    <message>
        <source>Why validations are skipped</source>
        <translation>Por qué se omiten validaciones</translation>
    </message>
    <message>
        <source>Validations the server decides</source>
        <translation>Validaciones que decide el servidor</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Tiempo estimado</translation>
    </message>
    <message>
        <source>Speed limit, validations a minute</source>
        <translation>Límite de velocidad, validaciones por minuto</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <source>The most validations sent a minute; &quot;No limit&quot; uses what the key&apos;s rate limit leaves after background sync and your own actions.</source>
        <translation>El máximo de validaciones enviadas por minuto; &quot;Sin límite&quot; usa lo que deja el límite de solicitudes de la clave tras la sincronización en segundo plano y sus propias acciones.</translation>
    </message>
    <message>
        <source>Requests at once</source>
        <translation>Solicitudes simultáneas</translation>
    </message>
    <message>
        <source>Requests in flight at once (1–16).</source>
        <translation>Solicitudes en curso a la vez (1–16).</translation>
    </message>
    <message>
        <source>&amp;Speed limit:</source>
        <translation>&amp;Límite de velocidad:</translation>
    </message>
    <message>
        <source>&amp;Requests at once:</source>
        <translation>&amp;Solicitudes simultáneas:</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close without starting</source>
        <translation>Cerrar sin iniciar</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 validations (%4)</source>
        <translation>%1 — %2 de %3 validaciones (%4)</translation>
    </message>
    <message>
        <source>%1 considered · %2 will be sent · %3 skipped</source>
        <translation>%1 consideradas · %2 se enviarán · %3 omitidas</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Omitidas:</translation>
    </message>
    <message numerus="yes">
        <source>%n of those sent lack a field the rules need (the server did not send it): the server decides, and its refusals appear in the result list.</source>
        <translation>
            <numerusform>A %n de las enviadas le falta un campo que las reglas necesitan (el servidor no lo envió): decide el servidor, y sus rechazos aparecen en la lista de resultados.</numerusform>
            <numerusform>A %n de las enviadas les falta un campo que las reglas necesitan (el servidor no lo envió): decide el servidor, y sus rechazos aparecen en la lista de resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to send: every validation is skipped for the reasons above.</source>
        <translation>Nada que enviar: todas las validaciones se omiten por los motivos anteriores.</translation>
    </message>
    <message>
        <source>&amp;Apply to %1</source>
        <translation>&amp;Aplicar a %1</translation>
    </message>
    <message>
        <source>Cance&amp;l 1 cycle</source>
        <translation>Cance&amp;lar 1 ciclo</translation>
    </message>
    <message>
        <source>Cance&amp;l %1 cycles</source>
        <translation>Cance&amp;lar %1 ciclos</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Nada que enviar.</translation>
    </message>
    <message>
        <source>Correct the marked fields of the policy first.</source>
        <translation>Primero corrija los campos marcados de la política.</translation>
    </message>
</context>
<context>
    <name>rd::ui::BulkProgressDialog</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Cancel &amp;run…</source>
        <translation>Cancelar &amp;ejecución…</translation>
    </message>
    <message>
        <source>Retry &amp;Failed</source>
        <translation>Reintentar &amp;fallidas</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Bulk run</source>
        <translation>Ejecución masiva</translation>
    </message>
    <message>
        <source>Validations ended</source>
        <translation>Validaciones terminadas</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Conteos</translation>
    </message>
    <message>
        <source>Rate and time left</source>
        <translation>Velocidad y tiempo restante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The selected result</source>
        <translation>El resultado seleccionado</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>Mostrar resultados</translation>
    </message>
    <message>
        <source>All results</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Result list</source>
        <translation>Lista de resultados</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copiar filas</translation>
    </message>
    <message>
        <source>Copy re&amp;quest id</source>
        <translation>Copiar id de &amp;solicitud</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Cancelar ejecución</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reintentar fallidas</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes this window; the run goes on (Validations → Show bulk run).</source>
        <translation>Cierra esta ventana; la ejecución continúa (Validaciones → Mostrar ejecución masiva).</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Bulk run: %1</source>
        <translation>Ejecución masiva: %1</translation>
    </message>
    <message>
        <source>Send the %1 failed validations again</source>
        <translation>Enviar de nuevo las %1 validaciones fallidas</translation>
    </message>
    <message>
        <source>Nothing failed.</source>
        <translation>Nada falló.</translation>
    </message>
    <message>
        <source>Once the run has ended.</source>
        <translation>Cuando la ejecución haya terminado.</translation>
    </message>
    <message>
        <source>Select a result to read all of it; Ctrl+C copies the selected rows.</source>
        <translation>Seleccione un resultado para leerlo completo; Ctrl+C copia las filas seleccionadas.</translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation>id de solicitud %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clave %1</translation>
    </message>
    <message>
        <source>%1 of %2 ended · %3 applied · %4 replayed · %5 skipped · %6 failed · %7 unknown</source>
        <translation>%1 de %2 terminadas · %3 aplicadas · %4 repetidas · %5 omitidas · %6 fallidas · %7 desconocidas</translation>
    </message>
    <message>
        <source>%1 / s</source>
        <translation>%1 / s</translation>
    </message>
    <message>
        <source>%1 / min</source>
        <translation>%1 / min</translation>
    </message>
    <message>
        <source>rate not known yet</source>
        <translation>velocidad aún desconocida</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>quedan %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Recording %1 of %2 writes in the outbox before the first is sent…</source>
        <translation>Registrando %1 de %2 escrituras en la bandeja de salida antes de enviar la primera…</translation>
    </message>
    <message>
        <source>Sending, %1 at once, at most %2 a minute.</source>
        <translation>Enviando, %1 a la vez, como máximo %2 por minuto.</translation>
    </message>
    <message>
        <source>Sending, %1 at once, as fast as the key&apos;s rate limit allows.</source>
        <translation>Enviando, %1 a la vez, tan rápido como lo permite el límite de solicitudes de la clave.</translation>
    </message>
    <message>
        <source>Paused: nothing new is sent (%1 waiting). Resume goes on with the same keys.</source>
        <translation>En pausa: no se envía nada nuevo (%1 en espera). Reanudar continúa con las mismas claves.</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the %1 writes under way to answer.</source>
        <translation>Cancelando: esperando la respuesta de las %1 escrituras en curso.</translation>
    </message>
    <message>
        <source>Finished. %1 failed: see the result list (failures first); Retry Failed sends them again.</source>
        <translation>Terminada. %1 fallidas: vea la lista de resultados (primero las fallidas); Reintentar fallidas las envía de nuevo.</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Terminada.</translation>
    </message>
    <message>
        <source>Cancelled. Validations not sent are listed as skipped.</source>
        <translation>Cancelada. Las validaciones no enviadas aparecen como omitidas.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenida: %1</translation>
    </message>
    <message>
        <source>Cancel the bulk run?</source>
        <translation>¿Cancelar la ejecución masiva?</translation>
    </message>
    <message>
        <source>The %1 validations not sent yet will be skipped. Writes already under way finish and are listed with their answers.</source>
        <translation>Las %1 validaciones aún no enviadas se omitirán. Las escrituras ya en curso terminan y aparecen con sus respuestas.</translation>
    </message>
    <message>
        <source>Export the result list as CSV</source>
        <translation>Exportar la lista de resultados como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>Se exportó %n fila a %1.</numerusform>
            <numerusform>Se exportaron %n filas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV could not be written to %1: %2</source>
        <translation>No se pudo escribir el CSV en %1: %2</translation>
    </message>
</context>
<context>
    <name>rd::ui::BulkResultModel</name>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicada</translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation>Repetida</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>An earlier send of this key was applied: the server replayed its answer (nothing was applied twice).</source>
        <translation>Un envío anterior con esta clave ya se aplicó: el servidor repitió su respuesta (nada se aplicó dos veces).</translation>
    </message>
    <message>
        <source>The server refused it: nothing was applied. Retry Failed sends it again under a new key.</source>
        <translation>El servidor lo rechazó: no se aplicó nada. Reintentar fallidas lo envía de nuevo con una clave nueva.</translation>
    </message>
    <message>
        <source>No definitive answer: it may have been applied. Retry Failed resends it with the same key, so it is never applied twice.</source>
        <translation>Sin respuesta definitiva: quizá se aplicó. Reintentar fallidas lo reenvía con la misma clave, así que nunca se aplica dos veces.</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Id de solicitud</translation>
    </message>
    <message>
        <source>Idempotency key</source>
        <translation>Clave de idempotencia</translation>
    </message>
</context>
<context>
    <name>rd::ui::CancelCycleDialog</name>
    <message>
        <source>Cancel retry cycle</source>
        <translation>Cancelar ciclo de reintentos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancel the retry cycle of %1?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Cancelar el ciclo de reintentos de %1?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1&lt;p&gt;No further attempts will run. The validation keeps its current outcome; you can start a new cycle later by saving a policy.&lt;/p&gt;</source>
        <translation>%1&lt;p&gt;No se harán más intentos. La validación conserva su resultado actual; puede iniciar un ciclo nuevo más tarde guardando una política.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Cancel cycle</source>
        <translation>&amp;Cancelar ciclo</translation>
    </message>
    <message>
        <source>&amp;Keep retrying</source>
        <translation>&amp;Seguir reintentando</translation>
    </message>
</context>
<context>
    <name>rd::ui::ConnectionForm</name>
    <message>
        <source>Allow plain &amp;HTTP to this host (the key travels unencrypted)</source>
        <translation>Permitir &amp;HTTP sin cifrar a este host (la clave viaja sin cifrar)</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ej., Producción</translation>
    </message>
    <message>
        <source>Validations API (Bearer key)</source>
        <translation>API de validaciones (clave Bearer)</translation>
    </message>
    <message>
        <source>Bulk lists API (apiKey parameter)</source>
        <translation>API de listas masivas (parámetro apiKey)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>A&amp;PI:</source>
        <translation>A&amp;PI:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>Kept in the system keychain; type a new key to replace it</source>
        <translation>Guardada en el llavero del sistema; escriba una clave nueva para reemplazarla</translation>
    </message>
    <message>
        <source>Kept for this session only; type a new key to replace it</source>
        <translation>Guardada solo durante esta sesión; escriba una clave nueva para reemplazarla</translation>
    </message>
    <message>
        <source>Paste the key from your account</source>
        <translation>Pegue la clave de su cuenta</translation>
    </message>
</context>
<context>
    <name>rd::ui::ConnectionsDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nueva</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Keep the key for this &amp;session only</source>
        <translation>Conservar la clave solo durante esta &amp;sesión</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (demo)</translation>
    </message>
    <message>
        <source>Validations</source>
        <translation>Validaciones</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Paste the API key of this account; it is kept in your system&apos;s keychain.</source>
        <translation>Pegue la clave de API de esta cuenta; se guarda en el llavero de su sistema.</translation>
    </message>
    <message>
        <source>Delete connection</source>
        <translation>Eliminar conexión</translation>
    </message>
    <message>
        <source>Delete the connection &quot;%1&quot; and its key from %2?</source>
        <translation>¿Eliminar la conexión &quot;%1&quot; y su clave de %2?</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>esta sesión</translation>
    </message>
    <message>
        <source>The connection was deleted, but its keychain entry may remain: %1</source>
        <translation>La conexión se eliminó, pero su entrada del llavero puede seguir ahí: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
</context>
<context>
    <name>rd::ui::CycleTimelineView</name>
    <message>
        <source>Retry cycle on a time axis</source>
        <translation>Ciclo de reintentos en un eje de tiempo</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>#%1 due</source>
        <translation>n.º %1 toca</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
    <message>
        <source>+ more</source>
        <translation>+ más</translation>
    </message>
    <message>
        <source>Times in UTC</source>
        <translation>Horas en UTC</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>Horas en %1</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>resultado desconocido</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planeado</translation>
    </message>
    <message>
        <source>due, not yet run</source>
        <translation>toca, aún no se ejecuta</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3)&lt;br&gt;Outcome: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 (%3)&lt;br&gt;Resultado: %4</translation>
    </message>
    <message>
        <source>The server&apos;s scheduler is about to run it.</source>
        <translation>El programador del servidor está por ejecutarlo.</translation>
    </message>
    <message>
        <source>The next attempt.</source>
        <translation>El próximo intento.</translation>
    </message>
    <message>
        <source>Made only if the attempts before it are not valid.</source>
        <translation>Solo se hace si los intentos anteriores no son válidos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 (%4)&lt;br&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%3 (%4)&lt;br&gt;%5</translation>
    </message>
    <message>
        <source>%1 more attempt(s) without a known time (no interval).</source>
        <translation>%1 intento(s) más sin hora conocida (sin intervalo).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt; (the server&apos;s time)&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Ahora&lt;/b&gt; (la hora del servidor)&lt;br&gt;%1</translation>
    </message>
</context>
<context>
    <name>rd::ui::DashboardStatusBar</name>
    <message>
        <source>Show…</source>
        <translation>Mostrar…</translation>
    </message>
    <message>
        <source>Show the rows that could not be read</source>
        <translation>Mostrar las filas que no se pudieron leer</translation>
    </message>
    <message numerus="yes">
        <source>%n validation(s)</source>
        <translation>
            <numerusform>%n validación</numerusform>
            <numerusform>%n validaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 validations</source>
        <translation>%1 de %2 validaciones</translation>
    </message>
    <message>
        <source>, request %1</source>
        <translation>, solicitud %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows could not be read: %3%4</source>
        <translation>No se pudieron leer %1 de %2 filas: %3%4</translation>
    </message>
    <message>
        <source>These rows are not in the table. Show… lists each one with its JSON as the server sent it, to copy into a support ticket.</source>
        <translation>Estas filas no están en la tabla. Mostrar… lista cada una con su JSON tal como lo envió el servidor, para copiarlo en un ticket de soporte.</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inaccesible</translation>
    </message>
    <message>
        <source>retries paused</source>
        <translation>reintentos en pausa</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Rate limit: %1 left</source>
        <translation>Límite de solicitudes: quedan %1</translation>
    </message>
    <message>
        <source>Rate limit: —</source>
        <translation>Límite de solicitudes: —</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>Última actualización: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>(paused while you edit)</source>
        <translation>(en pausa mientras edita)</translation>
    </message>
</context>
<context>
    <name>rd::ui::DeepLinkOpener</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Add one with File → Connections… (Ctrl+Shift+N).</source>
        <translation>Agregue una con Archivo → Conexiones… (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <source>RetryDesk has no validations connection to show validation %1 on.</source>
        <translation>RetryDesk no tiene una conexión de validaciones en la cual mostrar la validación %1.</translation>
    </message>
    <message>
        <source>RetryDesk has no validations connection yet.</source>
        <translation>RetryDesk aún no tiene una conexión de validaciones.</translation>
    </message>
    <message>
        <source>The validations connections are %1.</source>
        <translation>Las conexiones de validaciones son %1.</translation>
    </message>
    <message>
        <source>The link names “%1”, a bulk-lists connection: a validation can only be shown on a validations connection. %2</source>
        <translation>El enlace nombra “%1”, una conexión de listas masivas: una validación solo se puede mostrar en una conexión de validaciones. %2</translation>
    </message>
    <message>
        <source>The link names the connection “%1”, and there is none by that name. %2 %3</source>
        <translation>El enlace nombra la conexión “%1”, y no hay ninguna con ese nombre. %2 %3</translation>
    </message>
    <message>
        <source>Add it with File → Connections… (Ctrl+Shift+N) with the same name, or ask for a link to one of these.</source>
        <translation>Agréguela con Archivo → Conexiones… (Ctrl+Shift+N) con el mismo nombre, o pida un enlace a una de estas.</translation>
    </message>
    <message>
        <source>The connection “%1” could not be opened, so validation %2 is not shown. %3</source>
        <translation>No se pudo abrir la conexión “%1”, así que la validación %2 no se muestra. %3</translation>
    </message>
    <message>
        <source>Link to a validation</source>
        <translation>Enlace a una validación</translation>
    </message>
</context>
<context>
    <name>rd::ui::DeliveryTimelineView</name>
    <message>
        <source>dup %1</source>
        <translation>dup. %1</translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation>+%1 s</translation>
    </message>
    <message>
        <source>+%1 min %2 s</source>
        <translation>+%1 min %2 s</translation>
    </message>
    <message>
        <source>+%1 min</source>
        <translation>+%1 min</translation>
    </message>
    <message>
        <source>+%1 h %2 min</source>
        <translation>+%1 h %2 min</translation>
    </message>
    <message>
        <source>+%1 h</source>
        <translation>+%1 h</translation>
    </message>
    <message>
        <source>Delivery timeline</source>
        <translation>Línea de tiempo de entregas</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Seed 003&apos;s schedule (dashed) and the deliveries that arrived (log time axis)</source>
        <translation>Programación del seed 003 (línea discontinua) y las entregas que llegaron (eje de tiempo logarítmico)</translation>
    </message>
    <message>
        <source>first</source>
        <translation>primero</translation>
    </message>
    <message>
        <source>Select an event to see its deliveries.</source>
        <translation>Seleccione un evento para ver sus entregas.</translation>
    </message>
    <message>
        <source>Delivery %1, attempt %2, %3 after the first: %4</source>
        <translation>Entrega %1, intento %2, %3 después de la primera: %4</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(sin id)</translation>
    </message>
    <message>
        <source>No event selected.</source>
        <translation>Ningún evento seleccionado.</translation>
    </message>
    <message>
        <source>attempt %1 at %2: %3</source>
        <translation>intento %1 en %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n deliveries: </source>
        <translation>
            <numerusform>%n entrega: </numerusform>
            <numerusform>%n entregas: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::DemoSession</name>
    <message>
        <source>The demo sandbox could not open a port on this computer (127.0.0.1). Check that no firewall blocks local connections, then try again.</source>
        <translation>El sandbox de demostración no pudo abrir un puerto en esta computadora (127.0.0.1). Verifique que ningún firewall bloquee las conexiones locales e intente de nuevo.</translation>
    </message>
    <message>
        <source>Demo validations (seeds only)</source>
        <translation>Validaciones de demostración (solo seeds)</translation>
    </message>
    <message>
        <source>Demo validations</source>
        <translation>Validaciones de demostración</translation>
    </message>
    <message>
        <source>Demo bulk lists (seeds only)</source>
        <translation>Listas masivas de demostración (solo seeds)</translation>
    </message>
    <message>
        <source>Demo bulk lists</source>
        <translation>Listas masivas de demostración</translation>
    </message>
</context>
<context>
    <name>rd::ui::DesktopNotificationSink</name>
    <message>
        <source>RetryDesk</source>
        <translation>RetryDesk</translation>
    </message>
</context>
<context>
    <name>rd::ui::DetailPanel</name>
    <message>
        <source>&amp;Edit policy…</source>
        <translation>&amp;Editar política…</translation>
    </message>
    <message>
        <source>Cancel c&amp;ycle…</source>
        <translation>Cancelar c&amp;iclo…</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>Copiar &amp;id</translation>
    </message>
    <message>
        <source>Copy re&amp;quest id</source>
        <translation>Copiar id de &amp;solicitud</translation>
    </message>
    <message>
        <source>Validation details</source>
        <translation>Detalles de la validación</translation>
    </message>
    <message>
        <source>Tracking key</source>
        <translation>Clave de rastreo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Sender → receiver</source>
        <translation>Emisor → receptor</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Fecha de pago</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
    <message>
        <source>Retry state</source>
        <translation>Estado del reintento</translation>
    </message>
    <message>
        <source>Policy enabled</source>
        <translation>Política activada</translation>
    </message>
    <message>
        <source>Max retries</source>
        <translation>Máximo de reintentos</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalo</translation>
    </message>
    <message>
        <source>Retried outcomes</source>
        <translation>Resultados que se reintentan</translation>
    </message>
    <message>
        <source>Attempts completed</source>
        <translation>Intentos completados</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Retry timeline</source>
        <translation>Línea de tiempo de reintentos</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Elegible</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restantes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Timeline&lt;/b&gt;</source>
        <translation>&lt;b&gt;Línea de tiempo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a validation to see its retry cycle.</source>
        <translation>Seleccione una validación para ver su ciclo de reintentos.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>bulk import</source>
        <translation>importación masiva</translation>
    </message>
    <message>
        <source>%1 (unknown to RetryDesk)</source>
        <translation>%1 (desconocido para RetryDesk)</translation>
    </message>
    <message>
        <source>no cycle</source>
        <translation>sin ciclo</translation>
    </message>
    <message>
        <source>Retry state: %1</source>
        <translation>Estado del reintento: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>original run</source>
        <translation>ejecución original</translation>
    </message>
    <message>
        <source>retry %1</source>
        <translation>reintento %1</translation>
    </message>
    <message>
        <source>— (done)</source>
        <translation>— (hecho)</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>elegible</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>no elegible</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) could not be read</source>
        <translation>
            <numerusform>No se pudo leer %n intento</numerusform>
            <numerusform>No se pudieron leer %n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>next</source>
        <translation>siguiente</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programado</translation>
    </message>
    <message>
        <source>Retrying: the next attempt is scheduled.</source>
        <translation>Reintentando: el próximo intento está programado.</translation>
    </message>
    <message>
        <source>Copy lin&amp;k</source>
        <translation>Copiar lin&amp;k</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar link</translation>
    </message>
    <message>
        <source>Copies a retrydesk:// link that opens this validation on this connection, for a ticket or a chat</source>
        <translation>Copia un link retrydesk:// que abre esta validación en esta conexión, para un ticket o un chat</translation>
    </message>
    <message>
        <source>Copy a link that opens this validation in RetryDesk on this connection (Ctrl+Alt+Shift+C)</source>
        <translation>Copiar un link que abre esta validación en RetryDesk en esta conexión (Ctrl+Alt+Shift+C)</translation>
    </message>
</context>
<context>
    <name>rd::ui::DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>This text is on the clipboard: paste it into your support ticket. It names versions, settings, connections and the last requests with their request ids. API keys, tokens and passwords are replaced by ***.</source>
        <translation>Este texto está en el portapapeles: péguelo en su ticket de soporte. Indica versiones, configuración, conexiones y las últimas solicitudes con sus ids de solicitud. Las claves de API, tokens y contraseñas se reemplazan por ***.</translation>
    </message>
    <message>
        <source>Diagnostics report</source>
        <translation>Informe de diagnóstico</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copies the report to the clipboard again</source>
        <translation>Vuelve a copiar el informe al portapapeles</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>Saves the report as a text file to attach to a ticket</source>
        <translation>Guarda el informe como archivo de texto para adjuntarlo a un ticket</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Shows the folder of RetryDesk&apos;s log files: %1</source>
        <translation>Muestra la carpeta de los archivos de registro de RetryDesk: %1</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2. Choose another folder.</source>
        <translation>No se pudo guardar el informe en %1: %2. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Save Diagnostics</source>
        <translation>Guardar diagnóstico</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Diagnostics not saved</source>
        <translation>Diagnóstico no guardado</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Carpeta de registros</translation>
    </message>
    <message>
        <source>No file manager could be opened. The log files are in:
%1</source>
        <translation>No se pudo abrir ningún administrador de archivos. Los archivos de registro están en:
%1</translation>
    </message>
</context>
<context>
    <name>rd::ui::EmptyStateWidget</name>
    <message>
        <source>No connection yet</source>
        <translation>Aún no hay conexión</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Add a connection…</source>
        <translation>&amp;Agregar una conexión…</translation>
    </message>
    <message>
        <source>RetryDesk shows your validations and bulk lists, the retry cycles the server runs for them, and lets you change retry policies, cancel cycles and retry failed lists.

Try the demo to explore with a built-in sandbox server and sample data, or add a connection to your API with its base URL and API key. Keys are kept in your system&apos;s keychain, never in files.</source>
        <translation>RetryDesk muestra sus validaciones y listas masivas, los ciclos de reintento que el servidor ejecuta para ellas, y le permite cambiar políticas de reintento, cancelar ciclos y reintentar listas fallidas.

Pruebe la demo para explorar con un servidor sandbox integrado y datos de ejemplo, o agregue una conexión a su API con su URL base y su clave de API. Las claves se guardan en el llavero de su sistema, nunca en archivos.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Probar la demo</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Agregar una conexión</translation>
    </message>
</context>
<context>
    <name>rd::ui::FaultLabController</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>429 storm</source>
        <translation>Tormenta de 429</translation>
    </message>
    <message>
        <source>502s</source>
        <translation>Errores 502</translation>
    </message>
    <message>
        <source>Commit, then drop</source>
        <translation>Aplicar y luego cortar</translation>
    </message>
    <message>
        <source>Slow answers</source>
        <translation>Respuestas lentas</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Caída</translation>
    </message>
    <message>
        <source>Server clock 2 min ahead</source>
        <translation>Reloj del servidor 2 min adelantado</translation>
    </message>
    <message>
        <source>Every request answered at once. Watch: no banner, 200s in the request log.</source>
        <translation>Cada solicitud se responde de inmediato. Observe: sin aviso, respuestas 200 en el registro de solicitudes.</translation>
    </message>
    <message>
        <source>Requests answer 502 Bad Gateway. Watch: retries with growing backoff, and writes still applied once.</source>
        <translation>Las solicitudes responden 502 Bad Gateway. Observe: reintentos con espera creciente, y las escrituras se aplican una sola vez.</translation>
    </message>
    <message>
        <source>Writes are applied, then the connection drops without a reply. Watch: the retry reuses its Idempotency-Key and is replayed, never applied twice.</source>
        <translation>Las escrituras se aplican y luego la conexión se corta sin respuesta. Observe: el reintento reutiliza su Idempotency-Key y se repite, nunca se aplica dos veces.</translation>
    </message>
    <message>
        <source>Answers come late. Watch: the progress stays responsive and nothing is sent twice.</source>
        <translation>Las respuestas llegan tarde. Observe: el progreso sigue respondiendo y nada se envía dos veces.</translation>
    </message>
    <message>
        <source>Nothing answers: every connection is reset. Watch: the outage banner with Retry, and the table keeps what it showed.</source>
        <translation>Nada responde: cada conexión se reinicia. Observe: el aviso de caída con Reintentar, y la tabla conserva lo que mostraba.</translation>
    </message>
    <message>
        <source>every request</source>
        <translation>cada solicitud</translation>
    </message>
    <message>
        <source>%1 % of requests</source>
        <translation>%1 % de las solicitudes</translation>
    </message>
    <message>
        <source>Normal: no faults; the server&apos;s clock is this computer&apos;s.</source>
        <translation>Normal: sin fallas; el reloj del servidor es el de esta computadora.</translation>
    </message>
    <message>
        <source>429 storm on: 429 with Retry-After %1 s on %2.</source>
        <translation>Tormenta de 429 activa: 429 con Retry-After de %1 s en %2.</translation>
    </message>
    <message>
        <source>502s on: 502 Bad Gateway on %1.</source>
        <translation>Errores 502 activos: 502 Bad Gateway en %1.</translation>
    </message>
    <message>
        <source>Commit, then drop on: applied, then the connection dropped without a reply, on %1.</source>
        <translation>Aplicar y luego cortar activo: se aplica y luego la conexión se corta sin respuesta, en %1.</translation>
    </message>
    <message>
        <source>Slow answers on: answers %1 ms late on %2.</source>
        <translation>Respuestas lentas activas: respuestas %1 ms tarde en %2.</translation>
    </message>
    <message>
        <source>Outage on: connection reset on %1.</source>
        <translation>Caída activa: conexión reiniciada en %1.</translation>
    </message>
    <message>
        <source>Server clock on: %1 s ahead of this computer (the server&apos;s data moved with it).</source>
        <translation>Reloj del servidor activo: %1 s adelantado respecto a esta computadora (los datos del servidor se movieron con él).</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>1 request since the demo started</source>
        <translation>1 solicitud desde que empezó la demo</translation>
    </message>
    <message>
        <source>%1 requests since the demo started</source>
        <translation>%1 solicitudes desde que empezó la demo</translation>
    </message>
    <message>
        <source>%1; no faults played yet.</source>
        <translation>%1; aún no se ha producido ninguna falla.</translation>
    </message>
    <message>
        <source>%1; faults played: %2.</source>
        <translation>%1; fallas producidas: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Requests answer 429 with Retry-After and X-RateLimit-*. Watch: the request log waits exactly Retry-After before each retry, then the refresh gives up.</source>
        <translation>Las solicitudes responden 429 con Retry-After y X-RateLimit-*. Observe: el registro de solicitudes espera exactamente Retry-After antes de cada reintento, y luego la actualización se da por vencida.</translation>
    </message>
    <message>
        <source>Idempotency-Keys sent with two different bodies: %1 (must stay 0).</source>
        <translation>Idempotency-Keys enviadas con dos cuerpos distintos: %1 (debe seguir en 0).</translation>
    </message>
    <message>
        <source>On or off, with any fault: the server&apos;s clock and everything it stores jump 2 min ahead. Watch: every countdown stays exactly as it was.</source>
        <translation>Activado o no, con cualquier falla: el reloj del servidor y todo lo que guarda se adelantan 2 min. Observe: cada cuenta regresiva queda exactamente igual.</translation>
    </message>
</context>
<context>
    <name>rd::ui::FaultLabPanel</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Reset to normal</source>
        <translation>&amp;Restablecer a normal</translation>
    </message>
    <message>
        <source>Fault lab — demo sandbox</source>
        <translation>Laboratorio de fallas — sandbox de demostración</translation>
    </message>
    <message>
        <source>Fault lab</source>
        <translation>Laboratorio de fallas</translation>
    </message>
    <message>
        <source>Makes the demo&apos;s embedded sandbox misbehave on purpose, one preset at a time, to watch RetryDesk&apos;s retries, waits and banners.</source>
        <translation>Hace que el sandbox integrado de la demo falle a propósito, un preajuste a la vez, para observar los reintentos, esperas y avisos de RetryDesk.</translation>
    </message>
    <message>
        <source>Faults now on</source>
        <translation>Fallas activas</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Preajustes</translation>
    </message>
    <message>
        <source>Knobs</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Share of requests hit</source>
        <translation>Proporción de solicitudes afectadas</translation>
    </message>
    <message>
        <source>The percentage of requests the current fault hits.</source>
        <translation>El porcentaje de solicitudes que afecta la falla actual.</translation>
    </message>
    <message>
        <source>Retry-After seconds</source>
        <translation>Segundos de Retry-After</translation>
    </message>
    <message>
        <source>What the 429 storm&apos;s Retry-After header asks for.</source>
        <translation>Lo que pide el encabezado Retry-After de la tormenta de 429.</translation>
    </message>
    <message>
        <source>Latency in milliseconds</source>
        <translation>Latencia en milisegundos</translation>
    </message>
    <message>
        <source>How late slow answers come.</source>
        <translation>Qué tan tarde llegan las respuestas lentas.</translation>
    </message>
    <message>
        <source>Requests &amp;hit:</source>
        <translation>Solicitudes &amp;afectadas:</translation>
    </message>
    <message>
        <source>Retry-&amp;After:</source>
        <translation>Retry-&amp;After:</translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation>&amp;Latencia:</translation>
    </message>
    <message>
        <source>Reset to normal</source>
        <translation>Restablecer a normal</translation>
    </message>
    <message>
        <source>Turns every fault off and puts the server&apos;s clock back on this computer&apos;s.</source>
        <translation>Desactiva todas las fallas y vuelve a poner el reloj del servidor en el de esta computadora.</translation>
    </message>
    <message>
        <source>What the sandbox did</source>
        <translation>Lo que hizo el sandbox</translation>
    </message>
    <message>
        <source>What the sandbox did:</source>
        <translation>Lo que hizo el sandbox:</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Makes the demo sandbox misbehave on purpose: one fault at a time, with or without a skewed clock. RetryDesk&apos;s own windows show what it does about it.</source>
        <translation>Hace que el sandbox de demostración falle a propósito: una falla a la vez, con o sin reloj desfasado. Las propias ventanas de RetryDesk muestran qué hace al respecto.</translation>
    </message>
</context>
<context>
    <name>rd::ui::FilterBar</name>
    <message>
        <source>Retry state filter</source>
        <translation>Filtro de estado del reintento</translation>
    </message>
    <message>
        <source>Any retry state</source>
        <translation>Cualquier estado de reintento</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>No cycle</source>
        <translation>Sin ciclo</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filtro de resultado</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>CEP unavailable</source>
        <translation>CEP no disponible</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtro de origen</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>Cualquier origen</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Bulk import</source>
        <translation>Importación masiva</translation>
    </message>
    <message>
        <source>Search validations</source>
        <translation>Buscar validaciones</translation>
    </message>
    <message>
        <source>Search id, tracking key or bank (Ctrl+F)</source>
        <translation>Buscar id, clave de rastreo o banco (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>&amp;Retrying now</source>
        <translation>&amp;Reintentando ahora</translation>
    </message>
    <message>
        <source>Show only validations retrying now</source>
        <translation>Mostrar solo las validaciones que se reintentan ahora</translation>
    </message>
    <message>
        <source>Show only watched validations</source>
        <translation>Mostrar solo las validaciones vigiladas</translation>
    </message>
    <message>
        <source>Show only the validations you watch (Ctrl+Shift+W)</source>
        <translation>Mostrar solo las validaciones que usted vigila (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Due %1  ✕</source>
        <translation>Toca %1  ✕</translation>
    </message>
    <message>
        <source>Showing the cycles with an attempt due %1 (the forecast bar you chose). Click to show them all again.</source>
        <translation>Se muestran los ciclos con un intento que toca %1 (la barra del pronóstico que eligió). Haga clic para volver a mostrarlos todos.</translation>
    </message>
    <message>
        <source>Remove the forecast filter: due %1</source>
        <translation>Quitar el filtro del pronóstico: toca %1</translation>
    </message>
    <message>
        <source>&amp;Watched (%1)</source>
        <translation>&amp;Vigiladas (%1)</translation>
    </message>
</context>
<context>
    <name>rd::ui::ForecastPanel</name>
    <message>
        <source>1 attempt</source>
        <translation>1 intento</translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation>%1 intentos</translation>
    </message>
    <message>
        <source>Retry forecast</source>
        <translation>Pronóstico de reintentos</translation>
    </message>
    <message>
        <source>Next hour</source>
        <translation>Próxima hora</translation>
    </message>
    <message>
        <source>Attempts per minute over the next hour</source>
        <translation>Intentos por minuto durante la próxima hora</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Próximo día</translation>
    </message>
    <message>
        <source>Attempts per hour over the next 24 hours</source>
        <translation>Intentos por hora durante las próximas 24 horas</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date of a forecast bar</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>no attempts</source>
        <translation>sin intentos</translation>
    </message>
    <message>
        <source>(%1 overdue)</source>
        <translation>(%1 vencidos)</translation>
    </message>
    <message>
        <source>the next hour</source>
        <translation>la próxima hora</translation>
    </message>
    <message>
        <source>the next 24 hours</source>
        <translation>las próximas 24 horas</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>attempts in the next hour</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>busiest %1 (%2)</source>
        <translation>el más ocupado %1 (%2)</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 vencidos</translation>
    </message>
    <message>
        <source>Computing forecast…</source>
        <translation>Calculando el pronóstico…</translation>
    </message>
    <message>
        <source>No retries are scheduled in the next hour.</source>
        <translation>No hay reintentos programados en la próxima hora.</translation>
    </message>
    <message>
        <source>No retries are scheduled in the next day.</source>
        <translation>No hay reintentos programados en el próximo día.</translation>
    </message>
    <message>
        <source>. Selected: %1</source>
        <translation>. Seleccionada: %1</translation>
    </message>
    <message>
        <source>. Bar: %1</source>
        <translation>. Barra: %1</translation>
    </message>
</context>
<context>
    <name>rd::ui::ListRetryConfirmDialog</name>
    <message>
        <source>Retry this list?</source>
        <translation>¿Reintentar esta lista?</translation>
    </message>
    <message numerus="yes">
        <source>Retry %n lists?</source>
        <translation>
            <numerusform>¿Reintentar %n lista?</numerusform>
            <numerusform>¿Reintentar %n listas?</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;%2 — %3, %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2 — %3, %4</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;The server starts a new validation job for each, with a new id; the lists themselves stay as they are. Big lists take time: wait at least 5 minutes before retrying a list again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;El servidor inicia un trabajo de validación nuevo para cada una, con un id nuevo; las listas quedan como están. Las listas grandes tardan: espere al menos 5 minutos antes de reintentar de nuevo una lista.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Retry list</source>
        <translation>&amp;Reintentar lista</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n lists</source>
        <translation>
            <numerusform>&amp;Reintentar %n lista</numerusform>
            <numerusform>&amp;Reintentar %n listas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::ListRetryResultsDialog</name>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Reintentar &amp;fallidas</translation>
    </message>
    <message>
        <source>Retrying lists</source>
        <translation>Reintentando listas</translation>
    </message>
    <message>
        <source>Result of each list&apos;s retry</source>
        <translation>Resultado del reintento de cada lista</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What the server said</source>
        <translation>Lo que dijo el servidor</translation>
    </message>
    <message>
        <source>Retrying lists — %1 of %2</source>
        <translation>Reintentando listas — %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Retried %n list(s)</source>
        <translation>
            <numerusform>Se reintentó %n lista</numerusform>
            <numerusform>Se reintentaron %n listas</numerusform>
        </translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>iniciado %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviado</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Retry &amp;failed (%1)</source>
        <translation>Reintentar &amp;fallidas (%1)</translation>
    </message>
</context>
<context>
    <name>rd::ui::ListsScreen</name>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Bulk lists</source>
        <translation>Listas masivas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Retry selected lists…</source>
        <translation>Reintentar las listas seleccionadas…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Search lists</source>
        <translation>Buscar listas</translation>
    </message>
    <message>
        <source>Read the lists again (F5)</source>
        <translation>Leer las listas de nuevo (F5)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Search id, name or chain (Ctrl+F)</source>
        <translation>Buscar id, nombre o cadena (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Borrar búsqueda</translation>
    </message>
    <message>
        <source>Retry selected…</source>
        <translation>Reintentar seleccionadas…</translation>
    </message>
    <message>
        <source>Retry every selected list, one after another (Ctrl+Shift+R)</source>
        <translation>Reintentar cada lista seleccionada, una tras otra (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Save the lists shown, in this order, as CSV (Ctrl+Shift+E)</source>
        <translation>Guardar las listas mostradas, en este orden, como CSV (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Retry chain, the first job on top</source>
        <translation>Cadena de reintentos, el primer trabajo arriba</translation>
    </message>
    <message>
        <source>&amp;Retry list…</source>
        <translation>&amp;Reintentar lista…</translation>
    </message>
    <message>
        <source>Retry chain:</source>
        <translation>Cadena de reintentos:</translation>
    </message>
    <message>
        <source>No lists on this connection yet</source>
        <translation>Aún no hay listas en esta conexión</translation>
    </message>
    <message>
        <source>No list selected</source>
        <translation>Ninguna lista seleccionada</translation>
    </message>
    <message>
        <source>Bulk validation jobs of this key appear here with their progress; F5 reads them again.</source>
        <translation>Los trabajos de validación masiva de esta clave aparecen aquí con su progreso; F5 los vuelve a leer.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Status: %1
Progress: %2
Valid: %3 · Invalid: %4 · Unknown: %5
Created: %6
Updated: %7</source>
        <translation>Estado: %1
Progreso: %2
Válidas: %3 · Inválidas: %4 · Desconocidas: %5
Creada: %6
Actualizada: %7</translation>
    </message>
    <message>
        <source>%1%2 — %3</source>
        <translation>%1%2 — %3</translation>
    </message>
    <message>
        <source>not in the table</source>
        <translation>no está en la tabla</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Retry %n lists…</source>
        <translation>
            <numerusform>&amp;Reintentar %n lista…</numerusform>
            <numerusform>&amp;Reintentar %n listas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation>Reintentando…</translation>
    </message>
    <message>
        <source>Retry in %1:%2</source>
        <translation>Reintentar en %1:%2</translation>
    </message>
    <message>
        <source>Processing…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>Retrying %1…</source>
        <translation>Reintentando %1…</translation>
    </message>
    <message>
        <source>Retry started: new job %1.</source>
        <translation>Reintento iniciado: trabajo nuevo %1.</translation>
    </message>
    <message>
        <source>Request id: %1.</source>
        <translation>Id de solicitud: %1.</translation>
    </message>
    <message>
        <source>Export lists as CSV</source>
        <translation>Exportar listas como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV could not be written to %1: %2</source>
        <translation>No se pudo escribir el CSV en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) exported to %1.</source>
        <translation>
            <numerusform>Se exportó %n lista a %1.</numerusform>
            <numerusform>Se exportaron %n listas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>inaccesible</translation>
    </message>
    <message numerus="yes">
        <source>%n list(s)</source>
        <translation>
            <numerusform>%n lista</numerusform>
            <numerusform>%n listas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 lists</source>
        <translation>%1 de %2 listas</translation>
    </message>
    <message>
        <source>%1 of %2 lists could not be read: %3</source>
        <translation>No se pudieron leer %1 de %2 listas: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n in progress, next status check in %1 s</source>
        <translation>
            <numerusform>%n en proceso, próxima consulta de estado en %1 s</numerusform>
            <numerusform>%n en proceso, próxima consulta de estado en %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limit: %1 left</source>
        <translation>Límite de solicitudes: quedan %1</translation>
    </message>
    <message>
        <source>The outbox of %1 was damaged</source>
        <translation>La bandeja de salida de %1 estaba dañada</translation>
    </message>
    <message>
        <source>No outbox for %1</source>
        <translation>No hay bandeja de salida para %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Unfinished list retries on %1</source>
        <translation>Reintentos de listas sin terminar en %1</translation>
    </message>
    <message>
        <source>Resume sends them with the keys and bytes they were recorded with, so no list is retried twice.</source>
        <translation>Reanudar los envía con las claves y los bytes con que se registraron, así que ninguna lista se reintenta dos veces.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Resumed %1 list retries: %2 started (or had started), %3 not. The activity log has each answer.</source>
        <translation>Se reanudaron %1 reintentos de listas: %2 iniciados (o ya lo estaban), %3 no. El registro de actividad tiene cada respuesta.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
</context>
<context>
    <name>rd::ui::MainWindow</name>
    <message>
        <source>RetryDesk</source>
        <translation>RetryDesk</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>No validations connection is open. Choose one above, add one with File → Connections… (Ctrl+Shift+N), or open the demo (Ctrl+Shift+D).</source>
        <translation>No hay una conexión de validaciones abierta. Elija una arriba, agregue una con Archivo → Conexiones… (Ctrl+Shift+N) o abra la demo (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>No bulk-lists connection is open. Choose one above, add one with File → Connections… (Ctrl+Shift+N), or open the demo (Ctrl+Shift+D).</source>
        <translation>No hay una conexión de listas masivas abierta. Elija una arriba, agregue una con Archivo → Conexiones… (Ctrl+Shift+N) o abra la demo (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <source>Validations</source>
        <translation>Validaciones</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <source>Validations (Alt+1)</source>
        <translation>Validaciones (Alt+1)</translation>
    </message>
    <message>
        <source>Bulk lists (Alt+2)</source>
        <translation>Listas masivas (Alt+2)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Connection: </source>
        <translation>Conexión: </translation>
    </message>
    <message>
        <source>Active connection</source>
        <translation>Conexión activa</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Administrar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Demo Sandbox</source>
        <translation>Abrir el sandbox de &amp;demostración</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Demo Sends &amp;Seeds Only</source>
        <translation>La demo envía solo s&amp;eeds</translation>
    </message>
    <message>
        <source>The demo sandbox sends only what the API documentation defines; optional fields come absent, null or of other types. Choose before opening the demo.</source>
        <translation>El sandbox de demostración envía solo lo que define la documentación de la API; los campos opcionales llegan ausentes, nulos o de otros tipos. Elíjalo antes de abrir la demo.</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Conexiones…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Validations</source>
        <translation>&amp;Validaciones</translation>
    </message>
    <message>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Listas</translation>
    </message>
    <message>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Demo</translation>
    </message>
    <message>
        <source>&amp;Fault Lab…</source>
        <translation>&amp;Laboratorio de fallas…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <source>Make the demo sandbox misbehave on purpose: 429 storms, 502s, dropped answers, slowness, an outage, a skewed clock.</source>
        <translation>Hacer que el sandbox de demostración falle a propósito: tormentas de 429, errores 502, respuestas perdidas, lentitud, una caída, un reloj desfasado.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>&amp;Notificaciones…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About RetryDesk</source>
        <translation>&amp;Acerca de RetryDesk</translation>
    </message>
    <message>
        <source>L&amp;ists</source>
        <translation>&amp;Listas</translation>
    </message>
    <message>
        <source>The key of %1 could not be read: %2</source>
        <translation>No se pudo leer la clave de %1: %2</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (demo)</translation>
    </message>
    <message>
        <source>Starting the demo sandbox…</source>
        <translation>Iniciando el sandbox de demostración…</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Demo sandbox running on this computer; its keys are kept for this session only.</source>
        <translation>Sandbox de demostración en ejecución en esta computadora; sus claves se conservan solo durante esta sesión.</translation>
    </message>
    <message>
        <source>Connection: %1 — %2</source>
        <translation>Conexión: %1 — %2</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Copy &amp;Diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Ctrl+Alt+D</source>
        <translation>Ctrl+Alt+D</translation>
    </message>
    <message>
        <source>Copies versions, settings and the last requests (never an API key) for a support ticket</source>
        <translation>Copia versiones, configuración y las últimas solicitudes (nunca una clave de API) para un ticket de soporte</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Webhook inspector (Alt+3)</source>
        <translation>Inspector de webhooks (Alt+3)</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
</context>
<context>
    <name>rd::ui::NotificationSettingsDialog</name>
    <message>
        <source>&amp;Desktop notifications</source>
        <translation>Notificaciones de &amp;escritorio</translation>
    </message>
    <message>
        <source>&amp;Resolves (a retry came back valid)</source>
        <translation>Se &amp;resuelve (un reintento resultó válido)</translation>
    </message>
    <message>
        <source>Is e&amp;xhausted (every retry used, none valid)</source>
        <translation>Se a&amp;gota (se usaron todos los reintentos, ninguno válido)</translation>
    </message>
    <message>
        <source>Is cancelled &amp;elsewhere (not by you in RetryDesk)</source>
        <translation>Se cancela en &amp;otro lugar (no por usted en RetryDesk)</translation>
    </message>
    <message>
        <source>Send a &amp;test notification</source>
        <translation>Enviar una notificación de &amp;prueba</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Notification settings</source>
        <translation>Configuración de notificaciones</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notificaciones de escritorio</translation>
    </message>
    <message>
        <source>Show desktop notifications about watched validations</source>
        <translation>Mostrar notificaciones de escritorio sobre las validaciones vigiladas</translation>
    </message>
    <message>
        <source>Show a desktop notification when a watched validation&apos;s retry cycle:</source>
        <translation>Mostrar una notificación de escritorio cuando el ciclo de reintentos de una validación vigilada:</translation>
    </message>
    <message>
        <source>Notify when a watched cycle resolves</source>
        <translation>Notificar cuando un ciclo vigilado se resuelve</translation>
    </message>
    <message>
        <source>Notify when a watched cycle is exhausted</source>
        <translation>Notificar cuando un ciclo vigilado se agota</translation>
    </message>
    <message>
        <source>Notify when a watched cycle is cancelled elsewhere</source>
        <translation>Notificar cuando un ciclo vigilado se cancela en otro lugar</translation>
    </message>
    <message>
        <source>Watch validations with the star in the ID column or Ctrl+D. A cycle you cancel yourself is not notified.</source>
        <translation>Vigile validaciones con la estrella de la columna ID o con Ctrl+D. Un ciclo que usted mismo cancela no se notifica.</translation>
    </message>
    <message>
        <source>Send a test notification</source>
        <translation>Enviar una notificación de prueba</translation>
    </message>
</context>
<context>
    <name>rd::ui::OutageBanner</name>
    <message>
        <source>Try &amp;again now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Problema de conexión</translation>
    </message>
    <message>
        <source>Retries paused: too many requests failed</source>
        <translation>Reintentos en pausa: fallaron demasiadas solicitudes</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>No se puede contactar al servidor</translation>
    </message>
    <message>
        <source>Showing the last data received.</source>
        <translation>Se muestran los últimos datos recibidos.</translation>
    </message>
    <message>
        <source>The table shows the last data received; RetryDesk keeps checking and this message goes away once the server answers again.</source>
        <translation>La tabla muestra los últimos datos recibidos; RetryDesk sigue verificando y este mensaje desaparece en cuanto el servidor vuelva a responder.</translation>
    </message>
</context>
<context>
    <name>rd::ui::OutboxPrompt</name>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Copiar &amp;ruta</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Re&amp;view…</source>
        <translation>Re&amp;visar…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Nothing is sent now; RetryDesk asks again at the next start.</source>
        <translation>Ahora no se envía nada; RetryDesk vuelve a preguntar en el próximo inicio.</translation>
    </message>
    <message>
        <source>The outbox of %1 could not be read: a fresh one was made</source>
        <translation>No se pudo leer la bandeja de salida de %1: se creó una nueva</translation>
    </message>
    <message>
        <source>Writes on %1 cannot be recorded</source>
        <translation>Las escrituras en %1 no se pueden registrar</translation>
    </message>
    <message>
        <source>Kept copy: %1</source>
        <translation>Copia conservada: %1</translation>
    </message>
    <message>
        <source>Unfinished writes on %1</source>
        <translation>Escrituras sin terminar en %1</translation>
    </message>
    <message>
        <source>Resume sends them with the keys and bytes they were recorded with, so nothing is applied twice.</source>
        <translation>Reanudar las envía con las claves y los bytes con que se registraron, así que nada se aplica dos veces.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Unfinished writes resent</source>
        <translation>Escrituras sin terminar reenviadas</translation>
    </message>
    <message numerus="yes">
        <source>%n single write(s) resent and applied.</source>
        <translation>
            <numerusform>Se reenvió y aplicó %n escritura individual.</numerusform>
            <numerusform>Se reenviaron y aplicaron %n escrituras individuales.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 single writes resent: %2 applied, %3 not (see the activity log for the server&apos;s answers).</source>
        <translation>%1 escrituras individuales reenviadas: %2 aplicadas, %3 no (vea las respuestas del servidor en el registro de actividad).</translation>
    </message>
    <message>
        <source>Resuming unfinished writes</source>
        <translation>Reanudando escrituras sin terminar</translation>
    </message>
    <message numerus="yes">
        <source>%n single write(s) being resent with their recorded keys…</source>
        <translation>
            <numerusform>Reenviando %n escritura individual con su clave registrada…</numerusform>
            <numerusform>Reenviando %n escrituras individuales con sus claves registradas…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ui::PendingWorkDialog</name>
    <message>
        <source>&amp;Resume all</source>
        <translation>&amp;Reanudar todo</translation>
    </message>
    <message>
        <source>&amp;Discard selected</source>
        <translation>&amp;Descartar seleccionadas</translation>
    </message>
    <message>
        <source>Unfinished writes</source>
        <translation>Escrituras sin terminar</translation>
    </message>
    <message>
        <source>These writes were journaled but had not finished when RetryDesk last stopped. Resuming sends each with its own idempotency key and exact bytes, so one the server already applied is replayed, never applied twice.</source>
        <translation>Estas escrituras se registraron pero no habían terminado cuando RetryDesk se detuvo por última vez. Al reanudar, cada una se envía con su propia clave de idempotencia y sus bytes exactos, así que una que el servidor ya aplicó se repite, nunca se aplica dos veces.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Validation / progress</source>
        <translation>Validación / progreso</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Reanudar todo</translation>
    </message>
    <message>
        <source>Discard selected</source>
        <translation>Descartar seleccionadas</translation>
    </message>
    <message>
        <source>The selected writes are not sent again. A run&apos;s writes that may already have reached the server are kept, to be checked.</source>
        <translation>Las escrituras seleccionadas no se vuelven a enviar. Las escrituras de una ejecución que quizá ya llegaron al servidor se conservan, para verificarlas.</translation>
    </message>
    <message>
        <source>Bulk runs</source>
        <translation>Ejecuciones masivas</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechas</translation>
    </message>
    <message>
        <source>Single writes</source>
        <translation>Escrituras individuales</translation>
    </message>
    <message>
        <source>Outcome unknown (sent over 24 hours ago, never answered)</source>
        <translation>Resultado desconocido (enviada hace más de 24 horas, nunca respondida)</translation>
    </message>
</context>
<context>
    <name>rd::ui::RequestLogDock</name>
    <message>
        <source>Request log</source>
        <translation>Registro de solicitudes</translation>
    </message>
</context>
<context>
    <name>rd::ui::RetryPolicyForm</name>
    <message>
        <source>Retry &amp;automatically</source>
        <translation>Reintentar &amp;automáticamente</translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation>&amp;Guardar política</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Retry policy</source>
        <translation>Política de reintentos</translation>
    </message>
    <message>
        <source>Retry automatically</source>
        <translation>Reintentar automáticamente</translation>
    </message>
    <message>
        <source>Max retries</source>
        <translation>Máximo de reintentos</translation>
    </message>
    <message>
        <source>Interval between retries</source>
        <translation>Intervalo entre reintentos</translation>
    </message>
    <message>
        <source>Interval unit</source>
        <translation>Unidad del intervalo</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>&amp;Max retries:</source>
        <translation>&amp;Máximo de reintentos:</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>&amp;Intervalo:</translation>
    </message>
    <message>
        <source>&amp;Not found</source>
        <translation>&amp;No encontrado</translation>
    </message>
    <message>
        <source>&amp;CEP unavailable</source>
        <translation>&amp;CEP no disponible</translation>
    </message>
    <message>
        <source>E&amp;rror</source>
        <translation>E&amp;rror</translation>
    </message>
    <message>
        <source>Retry on %1</source>
        <translation>Reintentar con %1</translation>
    </message>
    <message>
        <source>Retry on:</source>
        <translation>Reintentar con:</translation>
    </message>
    <message>
        <source>Retry policy of %1</source>
        <translation>Política de reintentos de %1</translation>
    </message>
    <message>
        <source>at most %1 on your plan</source>
        <translation>como máximo %1 en su plan</translation>
    </message>
    <message>
        <source>your plan&apos;s cap is not known: the server checks it</source>
        <translation>no se conoce el tope de su plan: el servidor lo verifica</translation>
    </message>
    <message>
        <source>This server does not tell the plan&apos;s retry cap (it has no GET /v1/account). If the number is above it, the server&apos;s answer is shown here.</source>
        <translation>Este servidor no informa el tope de reintentos del plan (no tiene GET /v1/account). Si el número lo supera, aquí se muestra la respuesta del servidor.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>No retries: saving ends an active cycle.</source>
        <translation>Sin reintentos: guardar termina un ciclo activo.</translation>
    </message>
    <message>
        <source>Next attempts: correct the marked fields first.</source>
        <translation>Próximos intentos: primero corrija los campos marcados.</translation>
    </message>
    <message>
        <source>No attempts left: max retries is not above the %1 already made.</source>
        <translation>No quedan intentos: el máximo de reintentos no supera los %1 ya realizados.</translation>
    </message>
    <message>
        <source>Next attempts if saved now: %1%2</source>
        <translation>Próximos intentos si guarda ahora: %1%2</translation>
    </message>
    <message>
        <source> … (%1 in all)</source>
        <translation> … (%1 en total)</translation>
    </message>
</context>
<context>
    <name>rd::ui::SettingsDialog</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Puts every field back to its default; nothing changes until OK or Apply</source>
        <translation>Regresa cada campo a su valor predeterminado; nada cambia hasta Aceptar o Aplicar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Validations auto-refresh</source>
        <translation>Actualización automática de validaciones</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Every 5 s</source>
        <translation>Cada 5 s</translation>
    </message>
    <message>
        <source>Every 15 s</source>
        <translation>Cada 15 s</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Cada minuto</translation>
    </message>
    <message>
        <source>Full refresh of every validation</source>
        <translation>Actualización completa de todas las validaciones</translation>
    </message>
    <message>
        <source>Every 10 min</source>
        <translation>Cada 10 min</translation>
    </message>
    <message>
        <source>Every 30 min</source>
        <translation>Cada 30 min</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Cada hora</translation>
    </message>
    <message>
        <source>Only on F5</source>
        <translation>Solo con F5</translation>
    </message>
    <message>
        <source>First status check of a processing list after</source>
        <translation>Primera consulta de estado de una lista en proceso tras</translation>
    </message>
    <message>
        <source>Status checks of a processing list at most every</source>
        <translation>Consultas de estado de una lista en proceso como máximo cada</translation>
    </message>
    <message>
        <source>&amp;Validations auto-refresh:</source>
        <translation>Actualización automática de &amp;validaciones:</translation>
    </message>
    <message>
        <source>&amp;Full refresh:</source>
        <translation>Actualización &amp;completa:</translation>
    </message>
    <message>
        <source>Lists: first status c&amp;heck after:</source>
        <translation>Listas: primera consulta de estado &amp;tras:</translation>
    </message>
    <message>
        <source>Lists: back off to at &amp;most every:</source>
        <translation>Listas: espaciar hasta como &amp;máximo cada:</translation>
    </message>
    <message>
        <source>Background refreshes take at most half of the key&apos;s rate limit; your own actions always go first. The toolbar&apos;s choices change one connection until it is opened again.</source>
        <translation>Las actualizaciones en segundo plano usan como máximo la mitad del límite de solicitudes de la clave; sus propias acciones siempre van primero. Las opciones de la barra de herramientas cambian una conexión hasta que se vuelva a abrir.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>Mostrar horas en</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>Show &amp;times in:</source>
        <translation>Mostrar &amp;horas en:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Menus and open screens switch language at once; a dialog that is open, and the welcome page, follow when you reopen them.</source>
        <translation>Los menús y las pantallas abiertas cambian de idioma al instante; un diálogo abierto, y la página de bienvenida, lo hacen cuando los vuelva a abrir.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>&amp;Desktop notifications about watched validations</source>
        <translation>Notificaciones de &amp;escritorio sobre validaciones vigiladas</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notificaciones de escritorio</translation>
    </message>
    <message>
        <source>When a cycle &amp;resolves</source>
        <translation>Cuando un ciclo se &amp;resuelve</translation>
    </message>
    <message>
        <source>Notify when a watched cycle resolves</source>
        <translation>Notificar cuando un ciclo vigilado se resuelve</translation>
    </message>
    <message>
        <source>When a cycle is e&amp;xhausted</source>
        <translation>Cuando un ciclo se a&amp;gota</translation>
    </message>
    <message>
        <source>Notify when a watched cycle is exhausted</source>
        <translation>Notificar cuando un ciclo vigilado se agota</translation>
    </message>
    <message>
        <source>When a cycle is cancelled &amp;elsewhere</source>
        <translation>Cuando un ciclo se cancela en &amp;otro lugar</translation>
    </message>
    <message>
        <source>Notify when a watched cycle is cancelled elsewhere</source>
        <translation>Notificar cuando un ciclo vigilado se cancela en otro lugar</translation>
    </message>
    <message>
        <source>Send a te&amp;st notification</source>
        <translation>Enviar una notificación de &amp;prueba</translation>
    </message>
    <message>
        <source>Send a test notification</source>
        <translation>Enviar una notificación de prueba</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Request timeout</source>
        <translation>Tiempo de espera de la solicitud</translation>
    </message>
    <message>
        <source>How long one HTTP request may take</source>
        <translation>Cuánto puede tardar una solicitud HTTP</translation>
    </message>
    <message>
        <source>Total time of an operation</source>
        <translation>Tiempo total de una operación</translation>
    </message>
    <message>
        <source>How long one operation may take with all its retries before it gives up</source>
        <translation>Cuánto puede tardar una operación con todos sus reintentos antes de darse por vencida</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>The system&apos;s settings</source>
        <translation>La configuración del sistema</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Sin proxy</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Host del proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Puerto del proxy</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation>Tiempo de espera de la &amp;solicitud:</translation>
    </message>
    <message>
        <source>T&amp;otal time of an operation:</source>
        <translation>Tiempo &amp;total de una operación:</translation>
    </message>
    <message>
        <source>At most 30 s and 5 minutes, as the API&apos;s error contract says. New requests use them; one under way keeps its own.</source>
        <translation>Como máximo 30 s y 5 minutos, como dice el contrato de errores de la API. Las solicitudes nuevas los usan; una en curso conserva los suyos.</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Connections to this computer (the demo) never use a proxy. No proxy password is stored.</source>
        <translation>Las conexiones a esta computadora (la demo) nunca usan proxy. No se guarda ninguna contraseña de proxy.</translation>
    </message>
</context>
<context>
    <name>rd::ui::StateChip</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Exhausted</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>No cycle</source>
        <translation>Sin ciclo</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En proceso</translation>
    </message>
</context>
<context>
    <name>rd::ui::UnreadableRowsDialog</name>
    <message>
        <source>Rows that could not be read</source>
        <translation>Filas que no se pudieron leer</translation>
    </message>
    <message>
        <source>%1 of %2 rows the server listed could not be read and are not in the table. Each is shown below as the server sent it. Send them with the request id to the API&apos;s support: a row needs a UUID &quot;id&quot;, and &quot;retry_state&quot; must be an object (or null) with the fields of the API&apos;s documentation.</source>
        <translation>No se pudieron leer %1 de %2 filas que listó el servidor, y no están en la tabla. Abajo se muestra cada una tal como la envió el servidor. Envíelas con el id de solicitud al soporte de la API: una fila necesita un &quot;id&quot; UUID, y &quot;retry_state&quot; debe ser un objeto (o null) con los campos de la documentación de la API.</translation>
    </message>
    <message>
        <source>Request id: %1.</source>
        <translation>Id de solicitud: %1.</translation>
    </message>
    <message>
        <source>The first %1 are kept.</source>
        <translation>Se conservan las primeras %1.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>The row&apos;s JSON as the server sent it</source>
        <translation>El JSON de la fila tal como lo envió el servidor</translation>
    </message>
    <message>
        <source>&amp;Copy this row</source>
        <translation>&amp;Copiar esta fila</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>Copiar &amp;todo</translation>
    </message>
    <message>
        <source>%1 row(s) could not be read; request id %2</source>
        <translation>No se pudieron leer %1 fila(s); id de solicitud %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>rd::ui::ValidationsScreen</name>
    <message>
        <source>Validations</source>
        <translation>Validaciones</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Request &amp;log</source>
        <translation>Registro de solicitu&amp;des</translation>
    </message>
    <message>
        <source>Policy saved.</source>
        <translation>Política guardada.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh now (F5)</source>
        <translation>Actualizar ahora (F5)</translation>
    </message>
    <message>
        <source>Refresh interval</source>
        <translation>Intervalo de actualización</translation>
    </message>
    <message>
        <source>Auto-refresh off</source>
        <translation>Actualización automática desactivada</translation>
    </message>
    <message>
        <source>Every 5 s</source>
        <translation>Cada 5 s</translation>
    </message>
    <message>
        <source>Every 15 s</source>
        <translation>Cada 15 s</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Cada minuto</translation>
    </message>
    <message>
        <source>Auto-refresh reads the pending cycles and new validations; it takes at most half of the key&apos;s rate limit.</source>
        <translation>La actualización automática lee los ciclos pendientes y las validaciones nuevas; usa como máximo la mitad del límite de solicitudes de la clave.</translation>
    </message>
    <message>
        <source>Full refresh interval</source>
        <translation>Intervalo de actualización completa</translation>
    </message>
    <message>
        <source>Full refresh: how often every validation is read again in the background (F5 does it now). Between full refreshes, auto-refresh reads only the pending cycles and new validations.</source>
        <translation>Actualización completa: cada cuánto se vuelven a leer todas las validaciones en segundo plano (F5 lo hace ahora). Entre actualizaciones completas, la automática lee solo los ciclos pendientes y las validaciones nuevas.</translation>
    </message>
    <message>
        <source>All: every 10 min</source>
        <translation>Todas: cada 10 min</translation>
    </message>
    <message>
        <source>All: every 30 min</source>
        <translation>Todas: cada 30 min</translation>
    </message>
    <message>
        <source>All: hourly</source>
        <translation>Todas: cada hora</translation>
    </message>
    <message>
        <source>All: on F5 only</source>
        <translation>Todas: solo con F5</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>Mostrar horas en</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Edit policy…</source>
        <translation>Editar política…</translation>
    </message>
    <message>
        <source>Edit the selected validation&apos;s retry policy (Ctrl+E)</source>
        <translation>Editar la política de reintentos de la validación seleccionada (Ctrl+E)</translation>
    </message>
    <message>
        <source>Cancel cycle…</source>
        <translation>Cancelar ciclo…</translation>
    </message>
    <message>
        <source>Cancel the selected validation&apos;s retry cycle (Ctrl+Shift+X)</source>
        <translation>Cancelar el ciclo de reintentos de la validación seleccionada (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 of %2 attempts made; next attempt %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 de %2 intentos realizados; próximo intento %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Retry cycle cancelled.</source>
        <translation>Ciclo de reintentos cancelado.</translation>
    </message>
    <message>
        <source>Export validations as CSV</source>
        <translation>Exportar validaciones como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV could not be written to %1: %2</source>
        <translation>No se pudo escribir el CSV en %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n validation(s) exported to %1.</source>
        <translation>
            <numerusform>Se exportó %n validación a %1.</numerusform>
            <numerusform>Se exportaron %n validaciones a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detail pane</source>
        <translation>Panel de detalles</translation>
    </message>
    <message>
        <source>Opening %1 once the table has loaded…</source>
        <translation>Se abrirá %1 en cuanto se cargue la tabla…</translation>
    </message>
    <message>
        <source>There is no validation %1 on this connection: the server answered 404 Not Found (request id %2). The link may be meant for another connection.</source>
        <translation>No hay ninguna validación %1 en esta conexión: el servidor respondió 404 Not Found (id de solicitud %2). Quizá el enlace es para otra conexión.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>The table&apos;s filter hides this validation: clear it to see the row.</source>
        <translation>El filtro de la tabla oculta esta validación: quítelo para ver la fila.</translation>
    </message>
</context>
<context>
    <name>rd::ui::VerdictView</name>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
</context>
<context>
    <name>rd::ui::WatchController</name>
    <message>
        <source>Watch the selected validations: a desktop notification when their retry cycle ends (Ctrl+D)</source>
        <translation>Vigilar las validaciones seleccionadas: una notificación de escritorio cuando termine su ciclo de reintentos (Ctrl+D)</translation>
    </message>
    <message>
        <source>Select at most %1 rows to watch at once.</source>
        <translation>Seleccione como máximo %1 filas para vigilar a la vez.</translation>
    </message>
    <message>
        <source>No watched validations. Select rows and press Ctrl+D to watch them.</source>
        <translation>No hay validaciones vigiladas. Seleccione filas y presione Ctrl+D para vigilarlas.</translation>
    </message>
    <message>
        <source>No watched validation matches the other filters.</source>
        <translation>Ninguna validación vigilada coincide con los demás filtros.</translation>
    </message>
</context>
<context>
    <name>rd::ui::WatchNotifier</name>
    <message>
        <source>Watched validation resolved</source>
        <translation>Validación vigilada resuelta</translation>
    </message>
    <message>
        <source>Watched validation exhausted</source>
        <translation>Validación vigilada agotada</translation>
    </message>
    <message>
        <source>Watched validation cancelled elsewhere</source>
        <translation>Validación vigilada cancelada en otro lugar</translation>
    </message>
    <message>
        <source>Watched validation</source>
        <translation>Validación vigilada</translation>
    </message>
    <message>
        <source>RetryDesk test notification</source>
        <translation>Notificación de prueba de RetryDesk</translation>
    </message>
    <message>
        <source>Notifications work. When a watched validation&apos;s retry cycle ends, RetryDesk says so here.</source>
        <translation>Las notificaciones funcionan. Cuando termine el ciclo de reintentos de una validación vigilada, RetryDesk lo dirá aquí.</translation>
    </message>
</context>
<context>
    <name>rd::ui::WebhooksScreen</name>
    <message>
        <source>The inspector answers 500 on purpose.</source>
        <translation>El inspector responde 500 a propósito.</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>enviando…</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>%1 in %2 ms: %3</source>
        <translation>%1 en %2 ms: %3</translation>
    </message>
    <message>
        <source>Webhook inspector</source>
        <translation>Inspector de webhooks</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Receptor</translation>
    </message>
    <message>
        <source>Receiver summary</source>
        <translation>Resumen del receptor</translation>
    </message>
    <message>
        <source>Events received</source>
        <translation>Eventos recibidos</translation>
    </message>
    <message>
        <source>One row per event id: its deliveries, duplicates, retries, last answer, signature and effect count.</source>
        <translation>Una fila por id de evento: sus entregas, duplicados, reintentos, última respuesta, firma y número de efectos.</translation>
    </message>
    <message>
        <source>Deliveries of the selected event</source>
        <translation>Entregas del evento seleccionado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Your endpoint</source>
        <translation>Su endpoint</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>Receiver port</source>
        <translation>Puerto del receptor</translation>
    </message>
    <message>
        <source>0 picks any free port. The receiver listens on 127.0.0.1 only.</source>
        <translation>0 elige cualquier puerto libre. El receptor escucha solo en 127.0.0.1.</translation>
    </message>
    <message>
        <source>Start or stop the receiver</source>
        <translation>Iniciar o detener el receptor</translation>
    </message>
    <message>
        <source>Start or Stop the Webhook Receiver</source>
        <translation>Iniciar o detener el receptor de webhooks</translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <source>URL to paste into a subscription</source>
        <translation>URL para pegar en una suscripción</translation>
    </message>
    <message>
        <source>&amp;Copy URL</source>
        <translation>&amp;Copiar URL</translation>
    </message>
    <message>
        <source>Copy the receiver URL</source>
        <translation>Copiar la URL del receptor</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secreto:</translation>
    </message>
    <message>
        <source>whsec_… (empty: signatures are not verified)</source>
        <translation>whsec_… (vacío: las firmas no se verifican)</translation>
    </message>
    <message>
        <source>Signing secret</source>
        <translation>Secreto de firma</translation>
    </message>
    <message>
        <source>Kept only for this session: never saved to settings or written to logs.</source>
        <translation>Se conserva solo durante esta sesión: nunca se guarda en la configuración ni se escribe en los registros.</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Respuesta:</translation>
    </message>
    <message>
        <source>How the receiver answers</source>
        <translation>Cómo responde el receptor</translation>
    </message>
    <message>
        <source>200 OK</source>
        <translation>200 OK</translation>
    </message>
    <message>
        <source>500 Internal Server Error</source>
        <translation>500 Internal Server Error</translation>
    </message>
    <message>
        <source>503 Service Unavailable</source>
        <translation>503 Service Unavailable</translation>
    </message>
    <message>
        <source>Timeout (never answer)</source>
        <translation>Tiempo agotado (no responder nunca)</translation>
    </message>
    <message>
        <source>Fail the first N, then 200</source>
        <translation>Hacer fallar las primeras N, luego 200</translation>
    </message>
    <message>
        <source>Your endpoint&apos;s status</source>
        <translation>El estado de su endpoint</translation>
    </message>
    <message>
        <source>N = </source>
        <translation>N = </translation>
    </message>
    <message>
        <source>Deliveries to fail per event</source>
        <translation>Entregas que fallan por evento</translation>
    </message>
    <message>
        <source>&amp;Forward to:</source>
        <translation>Reen&amp;viar a:</translation>
    </message>
    <message>
        <source>http://localhost:3000/webhooks (optional: your own endpoint gets every accepted delivery too)</source>
        <translation>http://localhost:3000/webhooks (opcional: su propio endpoint también recibe cada entrega aceptada)</translation>
    </message>
    <message>
        <source>Your endpoint&apos;s URL</source>
        <translation>URL de su endpoint</translation>
    </message>
    <message>
        <source>Subscribe the &amp;Demo Sandbox</source>
        <translation>Suscribir el sandbox de &amp;demostración</translation>
    </message>
    <message>
        <source>Subscribe the demo sandbox to this receiver</source>
        <translation>Suscribir el sandbox de demostración a este receptor</translation>
    </message>
    <message>
        <source>Starts the receiver and subscribes the demo sandbox to it with a fresh secret; its validations&apos; events arrive here.</source>
        <translation>Inicia el receptor y le suscribe el sandbox de demostración con un secreto nuevo; los eventos de sus validaciones llegan aquí.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Clear the received deliveries</source>
        <translation>Limpiar las entregas recibidas</translation>
    </message>
    <message>
        <source>The receiver could not listen on port %1: %2. Choose another port, or 0 for any free one.</source>
        <translation>El receptor no pudo escuchar en el puerto %1: %2. Elija otro puerto, o 0 para cualquiera libre.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Dete&amp;ner</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>I&amp;niciar</translation>
    </message>
    <message>
        <source>Listening on %1. </source>
        <translation>Escuchando en %1. </translation>
    </message>
    <message>
        <source>Stopped. Start the receiver, then paste its URL into a webhook subscription. </source>
        <translation>Detenido. Inicie el receptor y luego pegue su URL en una suscripción de webhook. </translation>
    </message>
    <message>
        <source>Signatures are verified with the secret.</source>
        <translation>Las firmas se verifican con el secreto.</translation>
    </message>
    <message>
        <source>No secret: signatures are not verified.</source>
        <translation>Sin secreto: las firmas no se verifican.</translation>
    </message>
    <message>
        <source>Enter your endpoint&apos;s URL to forward to: without one every delivery is answered 502.</source>
        <translation>Escriba la URL de su endpoint para reenviar: sin ella, cada entrega se responde con 502.</translation>
    </message>
    <message>
        <source>Events: %1 · Deliveries: %2 · Effects: %3 · Duplicates: %4</source>
        <translation>Eventos: %1 · Entregas: %2 · Efectos: %3 · Duplicados: %4</translation>
    </message>
    <message>
        <source> · Unreadable requests: %1</source>
        <translation> · Solicitudes ilegibles: %1</translation>
    </message>
    <message>
        <source> (same attempt again)</source>
        <translation> (el mismo intento otra vez)</translation>
    </message>
    <message>
        <source>none (held)</source>
        <translation>ninguna (retenida)</translation>
    </message>
    <message>
        <source>The demo sandbox refused the subscription.</source>
        <translation>El sandbox de demostración rechazó la suscripción.</translation>
    </message>
    <message>
        <source>The demo sandbox is subscribed (%1) with a fresh secret; events of its validations arrive here as their cycles move.</source>
        <translation>El sandbox de demostración está suscrito (%1) con un secreto nuevo; los eventos de sus validaciones llegan aquí a medida que avanzan sus ciclos.</translation>
    </message>
</context>
<context>
    <name>rd::ui::WelcomeWidget</name>
    <message>
        <source>Welcome to RetryDesk</source>
        <translation>Bienvenido a RetryDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;See what the server retries, steer it, and trust every write.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Validations&lt;/b&gt; with their retry cycles and live countdowns to the next attempt.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Retry policies&lt;/b&gt; you can change, cycles you can cancel, failed &lt;b&gt;bulk lists&lt;/b&gt; you can retry, one at a time or in bulk.&lt;/li&gt;&lt;li&gt;Every write is sent exactly once, even through timeouts and rate limits.&lt;/li&gt;&lt;li&gt;API keys stay in your system&apos;s keychain, never in files or logs.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Vea lo que el servidor reintenta, diríjalo y confíe en cada escritura.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Validaciones&lt;/b&gt; con sus ciclos de reintento y cuentas regresivas en vivo hasta el próximo intento.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Políticas de reintento&lt;/b&gt; que puede cambiar, ciclos que puede cancelar, &lt;b&gt;listas masivas&lt;/b&gt; fallidas que puede reintentar, una a la vez o en bloque.&lt;/li&gt;&lt;li&gt;Cada escritura se envía exactamente una vez, incluso con tiempos de espera agotados y límites de solicitudes.&lt;/li&gt;&lt;li&gt;Las claves de API se quedan en el llavero de su sistema, nunca en archivos ni registros.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demo</translation>
    </message>
    <message>
        <source>Starts a built-in sandbox server with sample data on this computer; no account or network needed.</source>
        <translation>Inicia un servidor sandbox integrado con datos de ejemplo en esta computadora; no necesita cuenta ni red.</translation>
    </message>
    <message>
        <source>&amp;Add a connection…</source>
        <translation>&amp;Agregar una conexión…</translation>
    </message>
    <message>
        <source>Connect to your API with its base URL and API key.</source>
        <translation>Conéctese a su API con su URL base y su clave de API.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>Ahora &amp;no</translation>
    </message>
</context>
<context>
    <name>rd::webhooks</name>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>tiempo agotado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválida</translation>
    </message>
    <message>
        <source>replayed (too old)</source>
        <translation>repetida (demasiado antigua)</translation>
    </message>
    <message>
        <source>too far ahead</source>
        <translation>demasiado adelantada</translation>
    </message>
    <message>
        <source>The signature is valid for this subscription&apos;s secret.</source>
        <translation>La firma es válida para el secreto de esta suscripción.</translation>
    </message>
    <message>
        <source>The delivery has no RetryDesk-Signature header, so it cannot be trusted.</source>
        <translation>La entrega no tiene el encabezado RetryDesk-Signature, así que no se puede confiar en ella.</translation>
    </message>
    <message>
        <source>The RetryDesk-Signature header is not in the form t=&lt;seconds&gt;,v1=&lt;64 hex digits&gt;.</source>
        <translation>El encabezado RetryDesk-Signature no tiene la forma t=&lt;segundos&gt;,v1=&lt;64 dígitos hexadecimales&gt;.</translation>
    </message>
    <message>
        <source>The signature does not match the body: the secret differs or the body was altered.</source>
        <translation>La firma no coincide con el cuerpo: el secreto es distinto o el cuerpo se alteró.</translation>
    </message>
    <message>
        <source>The signature timestamp is too old: this looks like a replayed delivery.</source>
        <translation>La marca de tiempo de la firma es demasiado antigua: parece una entrega repetida.</translation>
    </message>
    <message>
        <source>The signature timestamp is in the future: check the sender&apos;s and this computer&apos;s clocks.</source>
        <translation>La marca de tiempo de la firma está en el futuro: revise los relojes del emisor y de esta computadora.</translation>
    </message>
</context>
<context>
    <name>rd::webhooks::InspectorModel</name>
    <message>
        <source>unreachable</source>
        <translation>inaccesible</translation>
    </message>
    <message>
        <source> (same answer)</source>
        <translation> (misma respuesta)</translation>
    </message>
    <message>
        <source> (answers differ)</source>
        <translation> (respuestas distintas)</translation>
    </message>
    <message>
        <source>%1; unreachable once</source>
        <translation>%1; inaccesible una vez</translation>
    </message>
    <message>
        <source>Not accepted yet: no delivery of this event was answered 2xx with a valid signature.</source>
        <translation>Aún no aceptado: ninguna entrega de este evento se respondió con 2xx y una firma válida.</translation>
    </message>
    <message>
        <source>More than one effect: the event was not deduplicated.</source>
        <translation>Más de un efecto: el evento no se deduplicó.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validación</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Primera recepción</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Entregas</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>Last answer</source>
        <translation>Última respuesta</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Efectos</translation>
    </message>
    <message>
        <source>Your endpoint</source>
        <translation>Su endpoint</translation>
    </message>
</context>
<context>
    <name>rd::webhooks::WebhookForwarder</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
</context>
<context>
    <name>rd::webhooks::WebhookReceiver</name>
    <message>
        <source>The body is not a RetryDesk event: %1</source>
        <translation>El cuerpo no es un evento de RetryDesk: %1</translation>
    </message>
    <message>
        <source>The inspector answers 500 on purpose.</source>
        <translation>El inspector responde 500 a propósito.</translation>
    </message>
    <message>
        <source>The inspector answers 503 on purpose.</source>
        <translation>El inspector responde 503 a propósito.</translation>
    </message>
    <message numerus="yes">
        <source>The inspector fails the first %n deliveries of each event.</source>
        <translation>
            <numerusform>El inspector hace fallar %n entrega: la primera de cada evento.</numerusform>
            <numerusform>El inspector hace fallar las primeras %n entregas de cada evento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Held without an answer until the sender gave up.</source>
        <translation>Retenida sin respuesta hasta que el emisor se dio por vencido.</translation>
    </message>
    <message>
        <source>No endpoint URL to forward to.</source>
        <translation>No hay una URL de endpoint a la cual reenviar.</translation>
    </message>
    <message>
        <source>Your endpoint answered %1.</source>
        <translation>Su endpoint respondió %1.</translation>
    </message>
    <message>
        <source>Your endpoint could not be reached: %1</source>
        <translation>No se pudo contactar a su endpoint: %1</translation>
    </message>
</context>
</TS>
