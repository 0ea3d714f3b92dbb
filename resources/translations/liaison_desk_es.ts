<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdministrationDialog</name>
    <message>
        <location filename="../../ui/dialogs/directory.py" line="+206"/>
        <source>Edit administration</source>
        <translation>Editar administración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add administration</source>
        <translation>Agregar administración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country (ISO, e.g. US):</source>
        <translation>País (ISO, p. ej. MX):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postal address:</source>
        <translation>Dirección postal:</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/dialogs/agreement_edit.py" line="+46"/>
        <source>Agreement details</source>
        <translation>Datos del acuerdo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Short title:</source>
        <translation>Título abreviado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full title:</source>
        <translation>Título completo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title in letters ({0}):</source>
        <translation>Título en las cartas ({0}):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed on (YYYY-MM-DD):</source>
        <translation>Firmado el (AAAA-MM-DD):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force on (YYYY-MM-DD):</source>
        <translation>En vigor desde (AAAA-MM-DD):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages (e.g. en,ja):</source>
        <translation>Idiomas (p. ej. en,ja):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference prefix:</source>
        <translation>Prefijo de referencia:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reload and reapply</source>
        <extracomment>The form as read: what a reload and reapply compares the officer&apos;s edits with.</extracomment>
        <translation>&amp;Volver a cargar y reaplicar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the agreement as the other officer saved it and put your changes back on top</source>
        <translation>Leer el acuerdo tal como lo guardó el otro funcionario y volver a aplicar encima sus propios cambios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Articles, bases and grounds are edited in the catalogue file (liaison-desk agreement export / save); the administrations&apos; names in the Directory.</source>
        <translation>Los artículos, bases y fundamentos se editan en el archivo de catálogo (liaison-desk agreement export / save); los nombres de las administraciones, en el Directorio.</translation>
    </message>
</context>
<context>
    <name>AgreementsView</name>
    <message>
        <location filename="../../ui/views/agreements.py" line="+37"/>
        <source>one month</source>
        <translation>un mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two months</source>
        <translation>dos meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>three months</source>
        <translation>tres meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>six months</source>
        <translation>seis meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twelve months</source>
        <translation>doce meses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} months</source>
        <translation>{0} meses</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination</source>
        <translation>Terminación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <source>{0} (notice {1})</source>
        <translation>{0} (aviso del {1})</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Give notice of &amp;termination…</source>
        <translation>Notificar la &amp;terminación…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit details…</source>
        <translation>&amp;Editar datos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Designated &amp;officials…</source>
        <translation>Funcionarios &amp;designados…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The agreement has no review clause.</source>
        <translation>El acuerdo no tiene cláusula de revisión.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Termination takes effect {0} after written notice ({1}); the desk then caps every due date at that day.</source>
        <translation>La terminación surte efecto {0} después de la notificación por escrito ({1}); a partir de entonces, el sistema limita toda fecha límite a ese día.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>terminated on {0}</source>
        <translation>terminado el {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terminating: 1 day left</source>
        <translation>en terminación: queda 1 día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terminating: {0} days left</source>
        <translation>en terminación: quedan {0} días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry into force not recorded</source>
        <translation>entrada en vigor no registrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enters into force on {0}</source>
        <translation>entra en vigor el {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in force</source>
        <translation>en vigor</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Notice already given</source>
        <translation>Ya se notificó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice of termination was already given on {0}; the agreement ends on {1}. Replace that notice with a new date?</source>
        <translation>La notificación de terminación ya se dio el {0}; el acuerdo termina el {1}. ¿Desea sustituir esa notificación por una nueva fecha?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice given on</source>
        <translation>Notificación dada el</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/dialogs/disclosure_approval.py" line="+54"/>
        <source>Written approval (Art. 9.1)</source>
        <translation>Aprobación por escrito (Art. 9.1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>evidence: only through the diplomatic channel (Art. 10.2)</source>
        <translation>como prueba: solo por la vía diplomática (Art. 10.2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the provider&apos;s letter (PDF, scan, e-mail)</source>
        <translation>la carta del proveedor (PDF, escaneo, correo electrónico)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use by (authority)</source>
        <translation>Uso por (autoridad)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purposes approved</source>
        <translation>Fines aprobados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval given on</source>
        <translation>Aprobación otorgada el</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Approval letter</source>
        <translation>Carta de aprobación</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Use by another authority needs the provider&apos;s express written approval (Art. 9.1); the letter is kept with the item.</source>
        <translation>El uso por otra autoridad requiere la aprobación expresa y por escrito del proveedor (Art. 9.1); la carta se conserva junto con el elemento.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>attach the provider&apos;s letter: the written approval must be on file</source>
        <translation>adjunte la carta del proveedor: la aprobación por escrito debe constar en el expediente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add the authority to the list first (Disclose… → Add…)</source>
        <translation>primero agregue la autoridad a la lista (Divulgar… → Agregar…)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attaching {0} ({1})…</source>
        <translation>Adjuntando {0} ({1})…</translation>
    </message>
</context>
<context>
    <name>AttachedFile</name>
    <message>
        <location filename="../../ui/views/information_files.py" line="+22"/>
        <source>{0} bytes</source>
        <translation>{0} bytes</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+18"/>
        <source>cannot be read: {0}</source>
        <translation>no se puede leer: {0}</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>cannot be read: it is not a file</source>
        <translation>no se puede leer: no es un archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>the document is empty</source>
        <translation>el documento está vacío</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the document is larger than {0}, the most that can be attached ({1} bytes)</source>
        <translation>el documento supera {0}, el máximo que se puede adjuntar ({1} bytes)</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="+91"/>
        <source>Store created</source>
        <extracomment>Every audit action, in words. ``request.&lt;status&gt;`` is a status change to that status.</extracomment>
        <translation>Base de datos creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>Respaldo realizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store restored from a backup</source>
        <translation>Base de datos restaurada desde un respaldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key made</source>
        <translation>Clave de recuperación creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store exported</source>
        <translation>Base de datos exportada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store imported</source>
        <translation>Base de datos importada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store state sealed</source>
        <translation>Estado de la base de datos sellado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data loaded (invented)</source>
        <translation>Datos de demostración cargados (ficticios)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk signing key made</source>
        <translation>Clave de firma del escritorio creada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field kit prepared</source>
        <translation>Paquete de campo preparado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field desk opened from a kit</source>
        <translation>Escritorio de campo abierto desde un paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field return written</source>
        <translation>Retorno de campo generado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field return merged</source>
        <translation>Retorno de campo integrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry of a field desk (carried in)</source>
        <translation>Entrada de un escritorio de campo (incorporada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field conflict resolved</source>
        <translation>Conflicto de campo resuelto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting changed</source>
        <translation>Ajuste modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search index rebuilt</source>
        <translation>Índice de búsqueda reconstruido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letterhead changed</source>
        <translation>Membrete modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration added</source>
        <translation>Administración agregada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designated official added</source>
        <translation>Funcionario designado agregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designated official changed</source>
        <translation>Funcionario designado modificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration changed</source>
        <translation>Administración modificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority changed</source>
        <translation>Autoridad modificada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings saved</source>
        <translation>Configuración guardada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the key is kept changed</source>
        <translation>Cambió el lugar donde se guarda la clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority added</source>
        <translation>Autoridad agregada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement saved</source>
        <translation>Acuerdo guardado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice of termination recorded</source>
        <translation>Notificación de terminación registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request registered (incoming)</source>
        <translation>Solicitud registrada (entrante)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request created (outgoing draft)</source>
        <translation>Solicitud creada (borrador saliente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spontaneous information recorded</source>
        <translation>Información espontánea registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request edited</source>
        <translation>Solicitud editada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request sent</source>
        <translation>Solicitud enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request assigned</source>
        <translation>Solicitud asignada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written confirmation recorded (Art. 7.1)</source>
        <translation>Confirmación por escrito registrada (Art. 7.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject linked to the request</source>
        <translation>Sujeto vinculado a la solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: draft</source>
        <translation>Cambio de estado: borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: sent</source>
        <translation>Cambio de estado: enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: acknowledged</source>
        <translation>Cambio de estado: con acuse de recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: received</source>
        <translation>Cambio de estado: recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: in progress</source>
        <translation>Cambio de estado: en trámite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: executed</source>
        <translation>Cambio de estado: ejecutada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: partially executed</source>
        <translation>Cambio de estado: ejecutada parcialmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: conditional</source>
        <translation>Cambio de estado: condicionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: postponed</source>
        <translation>Cambio de estado: aplazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: withheld (Art. 11.3)</source>
        <translation>Cambio de estado: suspendida (Art. 11.3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: refused</source>
        <translation>Cambio de estado: denegada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: answered</source>
        <translation>Cambio de estado: respondida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: closed</source>
        <translation>Cambio de estado: cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: withdrawn</source>
        <translation>Cambio de estado: retirada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: recorded</source>
        <translation>Cambio de estado: registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject added (Art. 4.2)</source>
        <translation>Sujeto agregado (Art. 4.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject edited</source>
        <translation>Sujeto editado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveillance lifted</source>
        <translation>Vigilancia levantada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveillance period extended</source>
        <translation>Periodo de vigilancia prorrogado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request linked to the subject</source>
        <translation>Solicitud vinculada al sujeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject deleted</source>
        <translation>Sujeto eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation recorded</source>
        <translation>Observación registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File attached to an observation</source>
        <translation>Archivo adjuntado a una observación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information recorded</source>
        <translation>Información registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information corrected</source>
        <translation>Información corregida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential information opened (Art. 9.3)</source>
        <translation>Información confidencial abierta (Art. 9.3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File attached to information</source>
        <translation>Archivo adjuntado a la información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval recorded (Art. 9.1)</source>
        <translation>Aprobación registrada (Art. 9.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information exported</source>
        <translation>Información exportada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information printed</source>
        <translation>Información impresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure recorded</source>
        <translation>Divulgación registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure recorded against the rules</source>
        <translation>Divulgación registrada en contra de las reglas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter stored</source>
        <translation>Carta registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document stored</source>
        <translation>Documento registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document saved to a file</source>
        <translation>Documento guardado en un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document printed</source>
        <translation>Documento impreso</translation>
    </message>
</context>
<context>
    <name>AuditEntity</name>
    <message>
        <location line="+91"/>
        <source>Store</source>
        <extracomment>Kinds of audited record, in words.</extracomment>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search index</source>
        <translation>Índice de búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designated official</source>
        <translation>Funcionario designado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure</source>
        <translation>Divulgación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <location line="-98"/>
        <source>Status</source>
        <extracomment>Fields of audit details, in words; others are worded from their name.</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their reference</source>
        <translation>Su referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal bases</source>
        <translation>Bases jurídicas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(a) Requesting administration (Art. 7.2)</source>
        <translation>(a) Administración requirente (Art. 7.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(b) Nature of the proceedings (Art. 7.2)</source>
        <translation>(b) Naturaleza del procedimiento (Art. 7.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(c) Object of and reason for the request (Art. 7.2)</source>
        <translation>(c) Objeto y motivo de la solicitud (Art. 7.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(d) Persons concerned (Art. 7.2)</source>
        <translation>(d) Personas interesadas (Art. 7.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(e) Description of the matter and legal elements (Art. 7.2)</source>
        <translation>(e) Descripción del asunto y elementos jurídicos (Art. 7.2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reciprocity (Art. 11.2)</source>
        <translation>Reciprocidad (Art. 11.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reciprocity note (Art. 11.2)</source>
        <translation>Nota de reciprocidad (Art. 11.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned officer</source>
        <translation>Funcionario asignado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on</source>
        <translation>Enviada el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made orally at</source>
        <translation>Formulada verbalmente el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grounds</source>
        <translation>Fundamentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of reasons</source>
        <translation>Exposición de motivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postponed until</source>
        <translation>Aplazada hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information given with the decision</source>
        <translation>Información comunicada con la decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome of the consultation (Art. 11.3)</source>
        <translation>Resultado de la consulta (Art. 11.3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written confirmation on (Art. 7.1)</source>
        <translation>Confirmación por escrito el (Art. 7.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation late</source>
        <translation>Confirmación tardía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of surveillance</source>
        <translation>Fin de la vigilancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of surveillance</source>
        <translation>Inicio de la vigilancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifted on</source>
        <translation>Levantada el</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>Definitiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to</source>
        <translation>Guardado en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letterhead lines</source>
        <translation>Líneas del membrete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements in use</source>
        <translation>Acuerdos en uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key kept in</source>
        <translation>Clave guardada en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trial desk</source>
        <translation>Escritorio de prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own administration</source>
        <translation>Administración propia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law enforcement</source>
        <translation>Organismos encargados de hacer cumplir la ley</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information items</source>
        <translation>Elementos de información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes</source>
        <translation>Finalidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the override</source>
        <translation>Motivo de la excepción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: name</source>
        <translation>Perfil: nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: title</source>
        <translation>Perfil: cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: signature block</source>
        <translation>Perfil: bloque de firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: e-mail</source>
        <translation>Perfil: correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: telephone</source>
        <translation>Perfil: teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: own administration</source>
        <translation>Perfil: administración propia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos de inactividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference pattern</source>
        <translation>Patrón de referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice of termination given on</source>
        <translation>Notificación de terminación dada el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces the notice of</source>
        <translation>Sustituye la notificación del</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/views/audit.py" line="+62"/>
        <source>When (UTC)</source>
        <extracomment>Headers, translated when shown (``PagedTableModel.headerData``).</extracomment>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Funcionario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>⚠ OVERRIDE  {0}</source>
        <extracomment>A long action cell: the Action column is sized to it (a longer one reads whole on hover). The entity the Entity column must show whole at the default size.</extracomment>
        <translation>⚠ EXCEPCIÓN  {0}</translation>
    </message>
</context>
<context>
    <name>AuditValue</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="+129"/>
        <source>yes</source>
        <extracomment>How ``app.services.validation.check_version`` names a record: its kind, then its name.</extracomment>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(before: not in the log)</source>
        <translation>(antes: no consta en el registro)</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/views/audit.py" line="+28"/>
        <location line="+86"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>entity, e.g. disclosure:3</source>
        <translation>entidad, p. ej. disclosure:3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+54"/>
        <source>Officer</source>
        <translation>Funcionario</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Select an entry to see what changed.</source>
        <translation>Seleccione una entrada para ver qué cambió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify chain</source>
        <translation>Verificar cadena</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The lists of officers and actions could not be read: {0}</source>
        <translation>No se pudieron leer las listas de funcionarios y acciones: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <location line="+13"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>⚠ OVERRIDE: disclosure recorded against the Art. 9/10 rules</source>
        <translation>⚠ EXCEPCIÓN: divulgación registrada en contra de las reglas de los Arts. 9/10</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing recorded beyond the action itself</source>
        <translation>no se registró nada más allá de la propia acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed:</source>
        <translation>Qué cambió:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verifying the audit chain…</source>
        <translation>Verificando la cadena de auditoría…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Audit chain BROKEN: </source>
        <translation>Cadena de auditoría ROTA: </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>✔ Audit chain intact: %n entries verified</source>
        <translation>
            <numerusform>✔ Cadena de auditoría íntegra: %n entrada verificada</numerusform>
            <numerusform>✔ Cadena de auditoría íntegra: %n entradas verificadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verification could not run: </source>
        <translation>No se pudo realizar la verificación: </translation>
    </message>
</context>
<context>
    <name>AuthorityDialog</name>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="+91"/>
        <source>Add authority</source>
        <translation>Agregar autoridad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Law-enforcement agency (Art. 9.2)</source>
        <translation>Organismo encargado de hacer cumplir la ley (Art. 9.2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
</context>
<context>
    <name>BasisPicker</name>
    <message>
        <location filename="../../ui/widgets/basis_picker.py" line="+49"/>
        <source>(The text of this article is not in the catalogue.)</source>
        <extracomment>Extra fields answered yes/no rather than in words (``False`` is an answer, not a blank).</extracomment>
        <translation>(El texto de este artículo no figura en el catálogo.)</translation>
    </message>
</context>
<context>
    <name>BehindDialog</name>
    <message>
        <location filename="../../ui/dialogs/figure_requests.py" line="+22"/>
        <source>Requests behind: {0}</source>
        <extracomment>The list arrived (or its read failed).</extracomment>
        <translation>Solicitudes de la cifra: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n request(s); Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n solicitud; Enter o doble clic la abre.</numerusform>
            <numerusform>%n solicitudes; Enter o doble clic abre una.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest {0} requests; Enter or double-click opens one.</source>
        <translation>Las {0} solicitudes más recientes; Enter o doble clic abre una.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No request behind this figure.</source>
        <translation>Ninguna solicitud compone esta cifra.</translation>
    </message>
</context>
<context>
    <name>CompletenessPanel</name>
    <message>
        <location filename="../../ui/widgets/completeness_panel.py" line="+47"/>
        <source>Art. 7.2 completeness</source>
        <extracomment>The ``field`` of the finding the officer activated, so the editor can focus that input.</extracomment>
        <translation>Integridad conforme al Art. 7.2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A request missing (a), (b), (c) or (e) is incomplete and cannot be sent or printed as final; (d) is asked for only if known.</source>
        <translation>Una solicitud a la que le falte (a), (b), (c) o (e) está incompleta y no puede enviarse ni imprimirse como definitiva; (d) solo se pide si se conoce.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{mark} {article}: {message}</source>
        <translation>{mark} {article}: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or press Enter to go to the field</source>
        <translation>Haga clic o presione Entrar para ir al campo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ Complete under {article}.</source>
        <translation>✔ Completa conforme al {article}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incomplete: {missing}, {warnings}.</source>
        <translation>Incompleta: {missing}, {warnings}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n element(s) missing</source>
        <translation>
            <numerusform>falta %n elemento</numerusform>
            <numerusform>faltan %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Complete under {article}, with %n warning(s).</source>
        <translation>
            <numerusform>Completa conforme al {article}, con %n advertencia.</numerusform>
            <numerusform>Completa conforme al {article}, con %n advertencias.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../../ui/views/conflicts.py" line="+39"/>
        <source>#</source>
        <extracomment>Column headers, translated when shown.</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kit</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+85"/>
        <source>At the desk</source>
        <translation>En el escritorio</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+85"/>
        <source>In the field</source>
        <translation>En campo</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>State</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>resolved: the desk&apos;s kept</source>
        <extracomment>How each way of resolving reads in the State column.</extracomment>
        <translation>resuelto: se conservó la del escritorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved: the field&apos;s taken</source>
        <translation>resuelto: se tomó la de campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved: merged text</source>
        <translation>resuelto: texto combinado</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show resolved conflicts</source>
        <translation>Mostrar los conflictos resueltos</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Write the text that keeps what is right in both…</source>
        <translation>Escriba el texto que conserve lo correcto de ambas versiones…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the desk&apos;s</source>
        <translation>Conservar la del escritorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the field&apos;s</source>
        <translation>Tomar la de campo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the merged text</source>
        <translation>Usar el texto combinado</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+70"/>
        <source>Both versions</source>
        <translation>Ambas versiones</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Merged text</source>
        <translation>Texto combinado</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflicto por resolver</numerusform>
            <numerusform>%n conflictos por resolver</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts to resolve</source>
        <translation>No hay conflictos por resolver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the kit was made: {0}</source>
        <translation>Al preparar el paquete: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved by {0} on {1:%Y-%m-%d}; both versions are kept in the audit log.</source>
        <translation>Resuelto por {0} el {1:%Y-%m-%d}; ambas versiones se conservan en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Conflict #{0} resolved; the other version stays in the audit log.</source>
        <translation>Conflicto #{0} resuelto; la otra versión permanece en el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="-360"/>
        <source>Incoming</source>
        <extracomment>Request and information directions (``app.treaty.lifecycle.Direction``), in words.</extracomment>
        <translation>Entrante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spontaneous information received</source>
        <translation>Información espontánea recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spontaneous information sent</source>
        <translation>Información espontánea enviada</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../../ui/dialogs/agreement_edit.py" line="-53"/>
        <location filename="../../ui/dialogs/directory.py" line="-168"/>
        <source>English</source>
        <extracomment>The letter languages a name is kept in, with their captions.</extracomment>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/dialogs/directory.py" line="+1"/>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/dialogs/directory.py" line="+1"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/directory.py" line="+366"/>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Other languages</source>
        <translation>Otros idiomas</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Designated under</source>
        <translation>Designado en virtud de</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Officials</source>
        <translation>Funcionarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add official…</source>
        <translation>&amp;Agregar funcionario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters are addressed to the official designated under the request&apos;s agreement (Art. 7.3).</source>
        <translation>Las cartas se dirigen al funcionario designado en virtud del acuerdo de la solicitud (Art. 7.3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Designated &amp;officials</source>
        <translation>Funcionarios &amp;designados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add administration…</source>
        <translation>A&amp;gregar administración…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customs Administrations, yours and your partners&apos;.</source>
        <translation>Administraciones de Aduanas: la suya y las de sus contrapartes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admi&amp;nistrations</source>
        <translation>Admi&amp;nistraciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add authority…</source>
        <translation>Agregar a&amp;utoridad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Police, prosecutors, coast guard, other ministries: where information may be passed (Art. 9, 10).</source>
        <translation>Policía, fiscalía, guardia costera, otras secretarías: a quiénes puede transmitirse información (Arts. 9, 10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domestic a&amp;uthorities</source>
        <translation>Autoridades naciona&amp;les</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>every agreement</source>
        <translation>todos los acuerdos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (no longer designated)</source>
        <translation> (ya no designado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (yours)</source>
        <translation> (suya)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (off the list)</source>
        <translation> (fuera de la lista)</translation>
    </message>
</context>
<context>
    <name>DisclosureDecision</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="+371"/>
        <source>Allowed</source>
        <extracomment>The decision a disclosure was recorded under (``disclosures.decision``), in words.</extracomment>
        <translation>Permitida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed with an obligation</source>
        <translation>Permitida con una obligación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded against the rules</source>
        <translation>Registrada como excepción</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="-55"/>
        <source>Prepare advance notice to the provider (Art. 9.4)…</source>
        <extracomment>Captions translated where shown (``self.tr`` in ``DisclosureDialog``).</extracomment>
        <translation>Preparar la notificación previa al proveedor (Art. 9.4)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare request for written approval (Art. 9.1)…</source>
        <translation>Preparar la solicitud de aprobación por escrito (Art. 9.1)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare evidence request via diplomatic channel (Art. 10.2)…</source>
        <translation>Preparar la solicitud de pruebas por la vía diplomática (Art. 10.2)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confidential (9.3)</source>
        <translation>confidencial (9.3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not as evidence (10.1)</source>
        <translation>no como prueba (10.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not to law enforcement (9.2)</source>
        <translation>no a organismos policiales (9.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customs use only (9.1)</source>
        <translation>uso exclusivo de aduanas (9.1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allowed</source>
        <translation>Permitida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed with an obligation</source>
        <translation>Permitida con una obligación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs the provider&apos;s written approval</source>
        <translation>Requiere la aprobación por escrito del proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forbidden</source>
        <translation>Prohibida</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Disclose information</source>
        <translation>Divulgar información</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. letter by hand, secure e-mail</source>
        <translation>p. ej. carta entregada en mano, correo electrónico seguro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(find a matching approval)</source>
        <translation>(buscar una aprobación que corresponda)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the law that requires the disclosure</source>
        <translation>la ley que exige la divulgación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (authority)</source>
        <translation>A (autoridad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written approval</source>
        <translation>Aprobación por escrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal obligation</source>
        <translation>Obligación legal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What the agreement says (Art. 9, 10)</source>
        <translation>Lo que dice el acuerdo (Arts. 9, 10)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record against the rules (override)</source>
        <translation>Registrar en contra de las reglas (excepción)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Written justification (required). The disclosure will be marked OVERRIDE everywhere.</source>
        <translation>Justificación por escrito (obligatoria). La divulgación quedará marcada como EXCEPCIÓN en todas partes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record disclosure</source>
        <translation>Registrar divulgación</translation>
    </message>
    <message>
        <location line="+27"/>
        <source> — law enforcement</source>
        <translation> — organismo policial</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add an authority to the list first.</source>
        <translation>Primero agregue una autoridad a la lista.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} — {1}: {2}</source>
        <translation>{0} — {1}: {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No restriction stands in the way.</source>
        <translation>Ninguna restricción lo impide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions passed on to the recipient: </source>
        <translation>Condiciones comunicadas al destinatario: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose an authority on the list to record a disclosure.</source>
        <translation>Elija una autoridad de la lista para registrar una divulgación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agreement stops this disclosure (see above). To record it anyway, tick the override and write the justification.</source>
        <translation>El acuerdo impide esta divulgación (véase arriba). Para registrarla de todos modos, marque la excepción y escriba la justificación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal obligation: name the law that requires the disclosure (Art. 9.4).</source>
        <translation>Obligación legal: indique la ley que exige la divulgación (Art. 9.4).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Override justification</source>
        <translation>Justificación de la excepción</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disclosure</source>
        <translation>Divulgación</translation>
    </message>
</context>
<context>
    <name>DomesticAuthorityDialog</name>
    <message>
        <location filename="../../ui/dialogs/directory.py" line="-142"/>
        <source>Edit authority</source>
        <translation>Editar autoridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add authority</source>
        <translation>Agregar autoridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (ISO):</source>
        <translation>País (ISO):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the list (information may be passed to it)</source>
        <translation>En la lista (se le puede transmitir información)</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <location filename="../../ui/views/due_model.py" line="+47"/>
        <source>Request due</source>
        <extracomment>The kind of each clock, translated where shown (``kind_label``).</extracomment>
        <translation>Vencimiento de solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written confirmation (Art. 7.1)</source>
        <translation>Confirmación por escrito (Art. 7.1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement terminating</source>
        <translation>Acuerdo en terminación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveillance period ends (Art. 4.2)</source>
        <translation>Fin del periodo de vigilancia (Art. 4.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveillance review (Art. 4.2)</source>
        <translation>Revisión de la vigilancia (Art. 4.2)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Due</source>
        <extracomment>Column numbers. (kind, key) of a row&apos;s clock: what the officer opens. &quot;overdue&quot; | &quot;due-soon&quot; | &quot;ok&quot;. Headers, translated when shown (in the page&apos;s context, as before).</extracomment>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the date was computed</source>
        <translation>Cómo se calculó la fecha</translation>
    </message>
    <message>
        <location filename="../../ui/views/due.py" line="+68"/>
        <source>Find a reference, title or name</source>
        <extracomment>Where the list&apos;s column widths and sort are kept between sessions (as the request lists). Typing pauses this long before the Find field filters the list (one query, not one a key). The list was read again (after each refresh).</extracomment>
        <translation>Buscar una referencia, título o nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All clocks</source>
        <translation>Todos los plazos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clocks could not be counted.</source>
        <translation>No se pudieron contar los plazos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No clock matches these filters.</source>
        <translation>Ningún plazo coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is due: no request, written confirmation (Art. 7.1), surveillance period or termination notice has a date coming up.</source>
        <translation>Nada vence: ninguna solicitud, confirmación por escrito (Art. 7.1), periodo de vigilancia ni notificación de terminación tiene una fecha próxima.</translation>
    </message>
    <message>
        <location filename="../../ui/views/due_model.py" line="+53"/>
        <source>overdue</source>
        <translation>vencido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due soon</source>
        <translation>por vencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>en plazo</translation>
    </message>
    <message>
        <location filename="../../ui/views/due.py" line="-6"/>
        <source>{0} overdue, {1} due soon</source>
        <translation>{0} vencidos, {1} por vencer</translation>
    </message>
    <message>
        <location filename="../../ui/views/due_model.py" line="-9"/>
        <source>agreement with {0}</source>
        <translation>acuerdo con {0}</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/dialogs/subject_period.py" line="+27"/>
        <source>Extend surveillance of {0}</source>
        <translation>Prorrogar la vigilancia de {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This surveillance lapsed on {0}. It is extended only with a new request asking for it (Art. 4.2).</source>
        <translation>Esta vigilancia caducó el {0}. Solo se prorroga mediante una nueva solicitud que lo pida (Art. 4.2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. JC-US-2026-0014</source>
        <translation>p. ej. JC-US-2026-0014</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New end</source>
        <translation>Nuevo fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New request</source>
        <translation>Nueva solicitud</translation>
    </message>
</context>
<context>
    <name>ExtraFieldsBox</name>
    <message>
        <location filename="../../ui/widgets/basis_picker.py" line="+101"/>
        <source>Details the legal basis calls for</source>
        <translation>Datos que exige la base jurídica</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The chosen legal bases need no further details.</source>
        <translation>Las bases jurídicas elegidas no requieren más datos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what} — basis {code}</source>
        <translation>{what} — base {code}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not stated)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="-124"/>
        <source>Document</source>
        <extracomment>Inputs a refusal may name that no audit entry does (the audit&apos;s own words are above).</extracomment>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written approval (Art. 9.1)</source>
        <translation>Aprobación por escrito (Art. 9.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text in each language</source>
        <translation>Texto en cada idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review on (Art. 4.2)</source>
        <translation>Revisión el (Art. 4.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed at</source>
        <translation>Observado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice: not to law enforcement (Art. 9.2)</source>
        <translation>Aviso: no a autoridades policiales (Art. 9.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New end of surveillance</source>
        <translation>Nuevo fin de la vigilancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default letter languages</source>
        <translation>Idiomas predeterminados de las cartas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected entry</source>
        <translation>Entrada corregida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of subject</source>
        <translation>Tipo de sujeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place code (UN/LOCODE)</source>
        <translation>Código de lugar (UN/LOCODE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designated official (Art. 7.3)</source>
        <translation>Funcionario designado (Art. 7.3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information item</source>
        <translation>Elemento de información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval given on</source>
        <translation>Aprobación otorgada el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosed on</source>
        <translation>Divulgado el</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner administration</source>
        <translation>Administración de la contraparte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups kept</source>
        <translation>Copias de seguridad conservadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Expedientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
</context>
<context>
    <name>FieldRows</name>
    <message>
        <location filename="../../ui/dialogs/form_rows.py" line="+121"/>
        <source>{caption}  ✖ required, empty</source>
        <translation>{caption}  ✖ obligatorio, vacío</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../ui/widgets/filter_chips.py" line="+62"/>
        <source>Any partner</source>
        <translation>Cualquier contraparte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Main legal basis (the first one listed on the request)</source>
        <translation>Base jurídica principal (la primera que figura en la solicitud)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past the due date, the agreement&apos;s termination date or the date its oral request had to be confirmed in writing (Art. 7.1)</source>
        <translation>Pasada la fecha límite, la fecha de terminación del acuerdo o la fecha en que debía confirmarse por escrito la solicitud verbal (Art. 7.1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due this week</source>
        <translation>Vencen esta semana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due within the &apos;due soon&apos; window (Settings)</source>
        <translation>Vencen dentro del margen de «por vencer» (Configuración)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral, unconfirmed</source>
        <translation>Verbales sin confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral requests not yet confirmed in writing (Art. 7.1)</source>
        <translation>Solicitudes verbales aún no confirmadas por escrito (Art. 7.1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any legal basis</source>
        <translation>Cualquier base jurídica</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Status: {0}</source>
        <translation>Estado: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="+82"/>
        <source>Liaison Desk — first start</source>
        <extracomment>The wizard page holding each field a refusal can name (service key -&gt; page number), so a refusal that comes back from the store&apos;s creation shows on the page that caused it. The wizard&apos;s result when the officer chose another language: it is opened again in it.</extracomment>
        <translation>Liaison Desk — primer inicio</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>You</source>
        <extracomment>What was typed when the officer chose another language (see ``_language_chosen``). The recovery key page, added once a keyring-held store exists (None before/else). The running store creation (None when idle); see ``start_setup``.</extracomment>
        <translation>Usted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letters are signed with these details.</source>
        <translation>Las cartas se firman con estos datos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Na&amp;me (required):</source>
        <translation>&amp;Nombre (obligatorio):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tele&amp;phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signature block:</source>
        <translation>&amp;Bloque de firma:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language / 言語 / Idioma:</source>
        <translation>Idioma / Language / 言語:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your administration</source>
        <translation>Su administración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on the letterhead of every letter.</source>
        <translation>Se imprime en el membrete de cada carta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administration:</source>
        <translation>Administración:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One line per row, e.g. the division and office</source>
        <translation>Una línea por renglón, p. ej. la dirección general y la oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal &amp;address:</source>
        <translation>&amp;Dirección postal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Letterhead lines:</source>
        <translation>&amp;Líneas del membrete:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreements in use</source>
        <translation>Acuerdos en uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in agreements; you can add others later.</source>
        <translation>Los acuerdos incorporados; puede agregar otros más adelante.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In use:</source>
        <translation>En uso:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protecting the store</source>
        <translation>Protección de la base de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything is kept in one encrypted file.</source>
        <translation>Todo se guarda en un solo archivo cifrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the key in this computer&apos;s keyring (recommended)</source>
        <translation>Guardar la clave en el llavero de esta computadora (recomendado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derive the key from a passphrase I type at every start</source>
        <translation>Derivar la clave de una frase de contraseña que escribo en cada inicio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keyring works on this computer: a passphrase is needed</source>
        <translation>Ningún llavero funciona en esta computadora: se necesita una frase de contraseña</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;If you forget the passphrase, the store cannot be opened by anyone, and every request, letter and record in it is lost.&lt;/b&gt; There is no reset. Write it down and keep it where your office keeps safe combinations.</source>
        <translation>&lt;b&gt;Si olvida la frase de contraseña, nadie podrá abrir la base de datos y se perderán todas las solicitudes, cartas y registros que contiene.&lt;/b&gt; No hay forma de restablecerla. Anótela y guárdela donde su oficina guarda las combinaciones de las cajas fuertes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase &amp;again:</source>
        <translation>&amp;Repetir la frase de contraseña:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try the desk before real work starts.</source>
        <translation>Pruebe Liaison Desk antes de empezar el trabajo real.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also make a trial desk with the invented demo data</source>
        <translation>Crear también un escritorio de prueba con los datos de demostración ficticios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The trial desk is a separate store in {0}, opened in its own window marked &quot;Trial desk&quot;. Your own desk stays empty and yours: the demo never changes your profile, and the audit log names you for what you do. File ▸ Open the trial desk… opens it later.</source>
        <translation>El escritorio de prueba es una base de datos aparte en {0}, que se abre en su propia ventana marcada &quot;Escritorio de prueba&quot;. Su propio escritorio queda vacío y es solo suyo: la demostración nunca modifica su perfil, y el registro de auditoría lo identifica a usted por lo que usted hace. Archivo ▸ Abrir el escritorio de prueba… lo abre más adelante.</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Creating your encrypted store and the trial desk with the demo data…</source>
        <translation>Creando su base de datos cifrada y el escritorio de prueba con los datos de demostración…</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>at least {0} characters</source>
        <translation>al menos {0} caracteres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>differs from the passphrase; type the same one twice</source>
        <translation>no coincide con la frase de contraseña; escriba la misma dos veces</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>choose at least one agreement in use</source>
        <translation>elija al menos un acuerdo en uso</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Creating your encrypted store…</source>
        <translation>Creando su base de datos cifrada…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The recovery key could not be made ({0}); make one later with liaison-desk passphrase recovery-key.</source>
        <translation>No se pudo crear la clave de recuperación ({0}); créela más tarde con liaison-desk passphrase recovery-key.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The store could not be created ({0}); nothing was kept. Try Finish again, or pass the log file to whoever supports the desk.</source>
        <translation>No se pudo crear la base de datos ({0}); no se conservó nada. Vuelva a intentar con Finalizar, o entregue el archivo de registro a quien dé soporte al sistema.</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/lock.py" line="+219"/>
        <source>Liaison Desk — locked</source>
        <translation>Liaison Desk — bloqueado</translation>
    </message>
</context>
<context>
    <name>InformationView</name>
    <message>
        <location filename="../../ui/views/information.py" line="+61"/>
        <source>customs (2.1)</source>
        <extracomment>The longest flags cell: the column is sized to it in the table&apos;s own font. A disclosure&apos;s purpose in the narrow Purpose column (the full label shows on hover). Translated where shown (``self.tr``).</extracomment>
        <translation>aduanas (2.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intelligence</source>
        <translation>inteligencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence (10)</source>
        <translation>prueba (10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by law (9.4)</source>
        <translation>por ley (9.4)</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>All information</source>
        <translation>Toda la información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provided</source>
        <translation>Facilitada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show corrected entries</source>
        <translation>Mostrar entradas corregidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record information…</source>
        <translation>Registrar información…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;rrect…</source>
        <translation>Co&amp;rregir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a corrected entry; the ledger keeps the old one</source>
        <translation>Registrar una entrada corregida; el libro de registro conserva la anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record written &amp;approval (9.1)…</source>
        <translation>Registrar &amp;aprobación por escrito (9.1)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider approved in writing the use of this item by another authority (Art. 9.1)</source>
        <translation>El proveedor aprobó por escrito el uso de este elemento por otra autoridad (Art. 9.1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disclose…</source>
        <translation>Divulgar…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show confidential content</source>
        <translation>Mostrar el contenido confidencial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy summary</source>
        <translation>Copiar resumen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Disclosures of this item</source>
        <translation>Divulgaciones de este elemento</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Select an information item.</source>
        <translation>Seleccione un elemento de información.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ OVERRIDE: {0}</source>
        <translation>⚠ EXCEPCIÓN: {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>request {0}</source>
        <translation>solicitud {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replaced by correction {0}</source>
        <translation>Sustituida por la corrección {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confidential (Art. 9.3)</source>
        <translation>Confidencial (Art. 9.3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not to law enforcement (Art. 9.2)</source>
        <translation>No a organismos policiales (Art. 9.2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} — notice of {1}</source>
        <translation>{0} — notificación del {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not as evidence (Art. 10.1)</source>
        <translation>No como prueba (Art. 10.1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider markings: {0}</source>
        <translation>Marcas del proveedor: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conditions we attached: {0}</source>
        <translation>Condiciones que impusimos: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written approvals (Art. 9.1)</source>
        <translation>Aprobaciones por escrito (Art. 9.1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents:</source>
        <translation>Documentos:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confidential content hidden.</source>
        <translation>Contenido confidencial oculto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{authority}: {purposes} (D-{document}, {granted_on})</source>
        <translation>{authority}: {purposes} (D-{document}, {granted_on})</translation>
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message>
        <location filename="../../ui/views/information_actions.py" line="+132"/>
        <source>Attach a file to {0}</source>
        <translation>Adjuntar un archivo a {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attaching {0} ({1})…</source>
        <translation>Adjuntando {0} ({1})…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} attached to {1}.</source>
        <translation>{0} adjuntado a {1}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not attached</source>
        <translation>No adjuntado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>ItemDirection</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="+87"/>
        <source>Received</source>
        <extracomment>Which way an information item went (``information_items.direction``), in words.</extracomment>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provided</source>
        <translation>Facilitada</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../ui/views/information.py" line="-355"/>
        <source>Code</source>
        <extracomment>Headers, translated when shown (``headerData``).</extracomment>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restrictions</source>
        <translation>Restricciones</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>confidential 9.3</source>
        <extracomment>The records the page shows: a write touching any of them re-reads it. Share of the page the list takes at first (the detail pane reads well in the rest).</extracomment>
        <translation>confidencial 9.3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no police 9.2</source>
        <translation>no a policía 9.2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not evidence 10.1</source>
        <translation>no como prueba 10.1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{0}  (corrects {1})</source>
        <translation>{0}  (corrige {1})</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../ui/widgets/language_choice.py" line="+23"/>
        <source>Same as the system ({language})</source>
        <translation>Igual que el sistema ({language})</translation>
    </message>
</context>
<context>
    <name>LetterKind</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="+13"/>
        <source>Request for assistance</source>
        <extracomment>Letter kinds (``app.documents.registry.LETTER_KINDS``) as the screens name them: the same words as each letter&apos;s own title in that language (``resources/letters/*.json``).</extracomment>
        <translation>Solicitud de asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written confirmation of an oral request</source>
        <translation>Confirmación por escrito de una solicitud verbal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of reasons for refusal or postponement</source>
        <translation>Exposición de motivos de denegación o aplazamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultation on assistance withheld</source>
        <translation>Consulta sobre asistencia suspendida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for written approval of use by another authority</source>
        <translation>Solicitud de aprobación por escrito del uso por otra autoridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advance notice of disclosure required by law</source>
        <translation>Notificación previa de divulgación exigida por la ley</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover note: request for evidence through the diplomatic channel</source>
        <translation>Nota de envío: solicitud de pruebas por la vía diplomática</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledgement of receipt</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spontaneous information</source>
        <translation>Información espontánea</translation>
    </message>
</context>
<context>
    <name>LetterOutput</name>
    <message>
        <location filename="../../ui/dialogs/letters_output.py" line="+75"/>
        <source>Final letter not possible</source>
        <translation>No es posible emitir la carta definitiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A final letter cannot be produced:

{p}

Untick “Final” to produce a draft.</source>
        <translation>No se puede emitir una carta definitiva:

{p}

Desmarque “Definitiva” para emitir un borrador.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save letter as PDF</source>
        <translation>Guardar la carta como PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stored as version {v} and saved to {p}</source>
        <translation>Registrada como versión {v} y guardada en {p}</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Printed %n page(s) on {w}</source>
        <translation>
            <numerusform>Se imprimió %n página en {w}</numerusform>
            <numerusform>Se imprimieron %n páginas en {w}</numerusform>
        </translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Draft saved to {p} (not stored)</source>
        <translation>Borrador guardado en {p} (no registrado)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Version {v} is stored in the registry; Save as PDF again writes that same version to another place.</source>
        <translation>La versión {v} está registrada; Guardar como PDF vuelve a escribir esa misma versión en otro lugar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: {why}</source>
        <translation>No se guardó: {why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter not saved</source>
        <translation>Carta no guardada</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>default printer</source>
        <translation>impresora predeterminada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letter not printed</source>
        <translation>Carta no impresa</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../../ui/dialogs/disclosure_letters.py" line="+25"/>
        <source>Information: {0} came without a request; a letter is written on a request, so link the item to its request first</source>
        <translation>Información: {0} se recibió sin solicitud; las cartas se redactan sobre una solicitud, así que primero vincule el elemento a su solicitud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information: {0} belong to several requests ({1}); disclose them one request at a time</source>
        <translation>Información: {0} corresponde a varias solicitudes ({1}); divúlguela una solicitud a la vez</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <location filename="../../ui/dialogs/letters.py" line="+133"/>
        <location line="+57"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="-90"/>
        <source>Letters — {ref}</source>
        <extracomment>Officer input each kind asks for (LetterInput field names), shown only for that kind. The stored version shown in the preview pane (None: the preview of the choices).</extracomment>
        <translation>Cartas — {ref}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Final (stored as a new version)</source>
        <translation>Definitiva (se registra como nueva versión)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why are some letters greyed out?</source>
        <translation>¿Por qué algunas cartas aparecen en gris?</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+48"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose / proceedings</source>
        <translation>Finalidad / procedimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal obligation (Art. 9.4)</source>
        <translation>Obligación legal (Art. 9.4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure date (YYYY-MM-DD)</source>
        <translation>Fecha de divulgación (AAAA-MM-DD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions / terms proposed</source>
        <translation>Condiciones / términos propuestos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remarks</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information concerned</source>
        <translation>Información de que se trata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statement of reasons</source>
        <translation>Exposición de motivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information for pursuing the matter</source>
        <translation>Información para proseguir el asunto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stored letters (double-click to show)</source>
        <translation>Cartas registradas (doble clic para mostrar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document no.</source>
        <translation>Documento n.º</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored on</source>
        <translation>Registrada el</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final / draft</source>
        <translation>Definitiva / borrador</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show stored letter</source>
        <translation>Mostrar la carta registrada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Alejar (Ctrl+−)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl++); Ctrl+0 fits the page width</source>
        <translation>Acercar (Ctrl++); Ctrl+0 ajusta al ancho de la página</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PgDn / PgUp in the preview: next / previous page</source>
        <translation>AvPág / RePág en la vista previa: página siguiente / anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>unknown letter kind</source>
        <translation>tipo de carta desconocido</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Acknowledge all received ({n})…</source>
        <translation>Acusar recibo de todas las recibidas ({n})…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letters not offered now</source>
        <translation>Cartas no disponibles ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• {kind}: {reason}</source>
        <translation>• {kind}: {reason}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This letter does not apply to the request.</source>
        <translation>Esta carta no corresponde a la solicitud.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only a DRAFT can be produced until this is resolved:</source>
        <translation>Solo puede emitirse un BORRADOR mientras esto no se resuelva:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready: final letter, document no. {n} when stored</source>
        <translation>Lista: carta definitiva, documento n.º {n} al registrarse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready: draft (not stored, no document number); tick “Final” to store a numbered letter</source>
        <translation>Lista: borrador (no se registra, sin número de documento); marque “Definitiva” para registrar una carta numerada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stores the letter as a new numbered version</source>
        <translation>Registra la carta como una nueva versión numerada</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only a draft is possible until %n problem(s) listed below are resolved.</source>
        <translation>
            <numerusform>Solo es posible un borrador mientras no se resuelva %n problema indicado abajo.</numerusform>
            <numerusform>Solo es posible un borrador mientras no se resuelvan los %n problemas indicados abajo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Final</source>
        <translation>Definitiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Showing the stored letter {n} ({kind}, {state}); change a choice to see the preview again</source>
        <translation>Se muestra la carta registrada {n} ({kind}, {state}); cambie una opción para volver a ver la vista previa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>final</source>
        <translation>definitiva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— page {n} of {total}</source>
        <translation>— página {n} de {total}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n acknowledgement(s) stored.</source>
        <translation>
            <numerusform>%n acuse de recibo registrado.</numerusform>
            <numerusform>%n acuses de recibo registrados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not made for {ref}: {why}</source>
        <translation>No se emitió para {ref}: {why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled; the letters already made are kept.</source>
        <translation>Cancelado; se conservan las cartas ya emitidas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters_batch.py" line="+32"/>
        <source>Producing letters…</source>
        <translation>Emitiendo cartas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Producing letters… {n} of {total} done (last: {ref})</source>
        <translation>Emitiendo cartas… {n} de {total} listas (última: {ref})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
</context>
<context>
    <name>LiftDialog</name>
    <message>
        <location filename="../../ui/dialogs/subject_period.py" line="+31"/>
        <source>Lift surveillance of {0}</source>
        <translation>Levantar la vigilancia de {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Surveillance of {0} ends; its record and observations are kept (Art. 4.2).</source>
        <translation>La vigilancia de {0} termina; se conservan su expediente y sus observaciones (Art. 4.2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. the requesting administration asked to stop</source>
        <translation>p. ej. la administración requirente pidió suspenderla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifted on</source>
        <translation>Levantada el</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lift surveillance</source>
        <translation>Levantar la vigilancia</translation>
    </message>
</context>
<context>
    <name>LinkSubjectDialog</name>
    <message>
        <location filename="../../ui/dialogs/link_subject.py" line="+41"/>
        <source>Link a subject to {ref} (Art. 4.2)</source>
        <extracomment>``choice`` after &quot;New subject…&quot; was pressed.</extracomment>
        <translation>Vincular un sujeto de vigilancia a {ref} (Art. 4.2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subjects under the {agreement}. Type a code, a name in any script or an identifier to narrow the list.</source>
        <translation>Sujetos de vigilancia en el marco del {agreement}. Escriba un código, un nombre en cualquier escritura o un identificador para acotar la lista.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code, name or identifier…</source>
        <translation>Código, nombre o identificador…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Link</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New subject for {ref}…</source>
        <translation>Nuevo sujeto para {ref}…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search: {problem}</source>
        <translation>Búsqueda: {problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No subject under this agreement matches; record a new one with “New subject…”.</source>
        <translation>Ningún sujeto de este acuerdo coincide; registre uno nuevo con “Nuevo sujeto…”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No subject is recorded under this agreement yet.</source>
        <translation>Aún no hay ningún sujeto registrado en el marco de este acuerdo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first {n} are shown; type to narrow.</source>
        <translation>Se muestran los primeros {n}; escriba para acotar.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n subject(s).</source>
        <translation>
            <numerusform>%n sujeto.</numerusform>
            <numerusform>%n sujetos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="-164"/>
        <source>Liaison Desk is locked</source>
        <translation>Liaison Desk está bloqueado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the store passphrase to continue.</source>
        <translation>Escriba la frase de contraseña de la base de datos para continuar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your unlock passphrase to continue.</source>
        <translation>Escriba su frase de desbloqueo para continuar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock with this computer account&apos;s keyring: the key is read from it again. No unlock passphrase is set, so anyone at this account can unlock; set one in Settings.</source>
        <translation>Desbloquear con el llavero de esta cuenta de la computadora: la clave se vuelve a leer de él. No se ha establecido una frase de desbloqueo, por lo que cualquiera con acceso a esta cuenta puede desbloquear; establézcala en Configuración.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock to continue.</source>
        <translation>Desbloquee para continuar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock with keyring</source>
        <translation>Desbloquear con el llavero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/actions.py" line="+35"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nueva solicitud…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register or draft a request in the current group</source>
        <translation>Registrar o redactar una solicitud en el grupo actual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Letters…</source>
        <translation>&amp;Cartas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview, save or print the letters of the selected request</source>
        <translation>Ver, guardar o imprimir las cartas de la solicitud seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check a name / number…</source>
        <translation>&amp;Comprobar un nombre / número…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a name or number against the watch list (Art. 4.2)</source>
        <translation>Comprobar un nombre o número contra la lista de vigilancia (Art. 4.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What is due?</source>
        <translation>¿&amp;Qué vence?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;trial desk…</source>
        <translation>Abrir el escritorio de &amp;prueba…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the desk on invented demo data, in a separate store and window; your own desk is not touched</source>
        <translation>Pruebe Liaison Desk con datos de demostración ficticios, en una base de datos y una ventana aparte; su propio escritorio no se modifica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepare field &amp;kit…</source>
        <translation>P&amp;reparar paquete de campo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take requests and subjects to a port on a laptop (encrypted, signed)</source>
        <translation>Llevar solicitudes y sujetos a un puerto en una computadora portátil (cifrado y firmado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge field return…</source>
        <translation>&amp;Integrar retorno de campo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring a field desk&apos;s work back into this desk</source>
        <translation>Integrar en este escritorio el trabajo de un escritorio de campo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write field return…</source>
        <translation>&amp;Generar retorno de campo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this field desk&apos;s work to a file for the desk</source>
        <translation>Guardar en un archivo el trabajo de este escritorio de campo, para llevarlo al escritorio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your profile in each letter language, your administration, letters and dates, the idle lock</source>
        <translation>Su perfil en cada idioma de las cartas, su administración, cartas y fechas, el bloqueo por inactividad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Directory…</source>
        <translation>&amp;Directorio…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner administrations, their designated officials (Art. 7.3) and domestic authorities</source>
        <translation>Administraciones contrapartes, sus funcionarios designados (Art. 7.3) y las autoridades nacionales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search requests, subjects, information… (Ctrl+F)</source>
        <translation>Buscar solicitudes, sujetos, información… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Liaison Desk</source>
        <translation>&amp;Acerca de Liaison Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+49"/>
        <source>Incoming</source>
        <extracomment>(page key, navigation label) in order. Request groups first. Labels are translated where shown, in the window&apos;s context (navigation, View menu).</extracomment>
        <translation>Entrantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Salientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spontaneous information</source>
        <translation>Información espontánea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveillance</source>
        <translation>Vigilancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information &amp; disclosures</source>
        <translation>Información y divulgaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due &amp; overdue</source>
        <translation>Vencimientos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Trial desk — invented demo data — Liaison Desk</source>
        <extracomment>Views of other parts: page key -&gt; (module, class). The least size a restored window opens at (px; less only on a smaller screen). A trial desk (the invented demo data, ``app.services.admin.trial``): said in the title and in a banner above every page, so it is never taken for the real desk. The trial desk&apos;s window opened from this one (File &gt; Open the trial desk…). Close the desk with the window: a trial desk opened from the officer&apos;s window. The field kit this desk was opened from (a field desk on a laptop, ``app.services.kit.field``), or None: said in the title and a banner on every page.</extracomment>
        <translation>Escritorio de prueba — datos de demostración ficticios — Liaison Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field desk {0} — Liaison Desk</source>
        <translation>Escritorio de campo {0} — Liaison Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/reminders.py" line="+92"/>
        <source>Liaison Desk</source>
        <translation>Liaison Desk</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The daily backup failed: {0}</source>
        <translation>Falló el respaldo diario: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Trial desk — invented demo data.&lt;/b&gt; Nothing here is real, and nothing here reaches your own desk, which is kept separately.</source>
        <translation>&lt;b&gt;Escritorio de prueba — datos de demostración ficticios.&lt;/b&gt; Nada de esto es real, y nada de esto llega a su propio escritorio, que se guarda por separado.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;b&gt;Field desk — kit {0}&lt;/b&gt;{1} — made at the desk on {2:%Y-%m-%d} by {3}. It holds only the kit&apos;s records; write a field return (File menu) to bring your work back to the desk.</source>
        <translation>&lt;b&gt;Escritorio de campo — paquete {0}&lt;/b&gt;{1} — preparado en el escritorio el {2:%Y-%m-%d} por {3}. Solo contiene los expedientes del paquete; genere un retorno de campo (menú Archivo) para llevar su trabajo de vuelta al escritorio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Desk key {0}</source>
        <translation>Clave del escritorio {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Store encrypted; key in the OS keyring</source>
        <translation>Base de datos cifrada; clave en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store encrypted; key from your passphrase</source>
        <translation>Base de datos cifrada; clave derivada de su frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store on a database server</source>
        <translation>Base de datos en un servidor de bases de datos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open Due &amp; overdue</source>
        <translation>Abrir Vencimientos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} overdue · {1} due soon</source>
        <translation>{0} vencidos · {1} por vencer</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{0} is not available in this build.</source>
        <translation>{0} no está disponible en esta versión.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Select a request first: its letters open with Ctrl+P.</source>
        <translation>Primero seleccione una solicitud: sus cartas se abren con Ctrl+P.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Field kit {0} written to {1}</source>
        <translation>Paquete de campo {0} guardado en {1}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Field return</source>
        <translation>Retorno de campo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Return {0} written to {1}</source>
        <translation>Retorno {0} guardado en {1}</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>About Liaison Desk</source>
        <translation>Acerca de Liaison Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liaison Desk {0}
Requests for customs mutual assistance under CMAAs.</source>
        <translation>Liaison Desk {0}
Solicitudes de asistencia mutua aduanera en virtud de acuerdos de asistencia mutua (CMAA).</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="-11"/>
        <source>Nothing overdue or due soon.</source>
        <extracomment>How often the day is checked: a new day is noticed within this much waking time. The first reminder waits a moment so that its tray message comes after the window is on screen, not before it; the count (one SQL query) runs off the UI thread.</extracomment>
        <translation>Nada vencido ni por vencer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} overdue, {1} due soon — see Due &amp; overdue (Ctrl+7).</source>
        <translation>{0} vencidos, {1} por vencer — consulte Vencimientos (Ctrl+7).</translation>
    </message>
</context>
<context>
    <name>MergeReturnDialog</name>
    <message>
        <location filename="../../ui/dialogs/field_kit.py" line="+177"/>
        <source>Merge field return</source>
        <translation>Integrar retorno de campo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field desk&apos;s work comes back into this desk in one step: new observations, subjects and documents are added, edits applied where the desk did not change the same field, and both versions kept as a conflict where it did.</source>
        <translation>El trabajo del escritorio de campo vuelve a este escritorio en un solo paso: se agregan las observaciones, los sujetos y los documentos nuevos; se aplican las modificaciones donde el escritorio no cambió el mismo dato, y donde sí lo cambió se conservan ambas versiones como un conflicto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field returns (*.return);;All files (*)</source>
        <translation>Retornos de campo (*.return);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return file:</source>
        <translation>Archivo de retorno:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kit passphrase:</source>
        <translation>Frase de contraseña del paquete:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the return file.</source>
        <translation>Elija el archivo de retorno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merging the field return…</source>
        <translation>Integrando el retorno de campo…</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/navigation.py" line="+75"/>
        <source>Not found in the disclosures of {0}: {1} (search again to refresh)</source>
        <translation>No se encontró en las divulgaciones de {0}: {1} (vuelva a buscar para actualizar)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opened from search: {0}</source>
        <translation>Abierto desde la búsqueda: {0}</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../ui/views/information_dialog.py" line="+44"/>
        <source>Correct {0}</source>
        <translation>Corregir {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record information</source>
        <translation>Registrar información</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>received from the partner</source>
        <translation>recibida de la contraparte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provided by us</source>
        <translation>facilitada por nosotros</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confidentiality requested (Art. 9.3)</source>
        <translation>Confidencialidad solicitada (Art. 9.3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Provider said: not to law enforcement (Art. 9.2) — notice of</source>
        <translation>El proveedor indicó: no a organismos policiales (Art. 9.2) — notificación del</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Not to be used as evidence (Art. 10.1)</source>
        <translation>No utilizable como prueba (Art. 10.1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what was wrong in the entry (kept in the ledger)</source>
        <translation>qué estaba mal en la entrada (se conserva en el libro de registro)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason for the correction</source>
        <translation>Motivo de la corrección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request reference</source>
        <translation>Referencia de la solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Date received</source>
        <translation>Fecha de recepción</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Art. 9.2 notice</source>
        <translation>Notificación del Art. 9.2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider&apos;s markings</source>
        <translation>Marcas del proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions we attached</source>
        <translation>Condiciones que impusimos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Date provided</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We said: not to law enforcement (Art. 9.2) — notice of</source>
        <translation>Indicamos: no a organismos policiales (Art. 9.2) — notificación del</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <location filename="../../ui/dialogs/observation.py" line="+48"/>
        <source>Arrived</source>
        <extracomment>Translated where shown (``self.tr`` here; the subject page uses this context too).</extracomment>
        <translation>Llegada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departed</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cargo declared</source>
        <translation>Carga declarada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspected</source>
        <translation>Inspeccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sighted</source>
        <translation>Avistado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Observation of {0} ({1})</source>
        <extracomment>A save&apos;s watch-list check (Art. 4.2) that waited for the index came back (perhaps after the dialog closed): the updated ``result_view`` (``watch_hits`` filled in).</extracomment>
        <translation>Observación de {0} ({1})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>UN/LOCODE</source>
        <translation>UN/LOCODE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN/LOCODE of the port or airport, e.g. JPYOK or JP YOK</source>
        <translation>UN/LOCODE del puerto o aeropuerto, p. ej. MXVER o MX VER</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(the request that asked for it)</source>
        <translation>(la solicitud que la pidió)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attach photo or scan…</source>
        <translation>Adjuntar foto o escaneo…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers request</source>
        <translation>Responde a la solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Required (or a UN/LOCODE), e.g. Yokohama</source>
        <translation>Obligatorio (o un UN/LOCODE), p. ej. Veracruz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional for “Other”, e.g. Yokohama</source>
        <translation>Opcional para “Otro”, p. ej. Veracruz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>Imágenes y escaneos (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Saving the observation…</source>
        <translation>Guardando la observación…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} files</source>
        <translation>{0} archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attaching {0} ({1})…</source>
        <translation>Adjuntando {0} ({1})…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>watch list: not checked ({0})</source>
        <translation>lista de vigilancia: no comprobada ({0})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This observation is not saved. Save it?</source>
        <translation>Esta observación no se ha guardado. ¿Desea guardarla?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}: not attached ({1})</source>
        <translation>{0}: no adjuntado ({1})</translation>
    </message>
</context>
<context>
    <name>OfficialDialog</name>
    <message>
        <location filename="../../ui/dialogs/directory.py" line="-104"/>
        <source>Edit designated official</source>
        <translation>Editar funcionario designado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add designated official (Art. 7.3)</source>
        <translation>Agregar funcionario designado (Art. 7.3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every agreement with the administration</source>
        <translation>todos los acuerdos con la administración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Designated under:</source>
        <translation>Designado en virtud de:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the agreement&apos;s partner administration</source>
        <translation>la administración contraparte del acuerdo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administration:</source>
        <translation>Administración:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telephone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Designated now (letters are addressed to this official)</source>
        <translation>Designado actualmente (las cartas se dirigen a este funcionario)</translation>
    </message>
</context>
<context>
    <name>OralConfirmationDialog</name>
    <message>
        <location filename="../../ui/dialogs/oral_confirmation.py" line="+31"/>
        <source>Written confirmation (Art. 7.1)</source>
        <translation>Confirmación por escrito (Art. 7.1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Day of the written confirmation</source>
        <translation>Día de la confirmación por escrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ref}: the oral request must be confirmed in writing (Art. 7.1). Record the day the partner&apos;s letter confirming it was received.</source>
        <translation>{ref}: la solicitud verbal debe confirmarse por escrito (Art. 7.1). Registre el día en que se recibió la carta de la contraparte que la confirma.</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/dialogs/outcome.py" line="+67"/>
        <source>Status</source>
        <extracomment>Outcomes that cannot go ahead, so Art. 11.4 asks for a statement of reasons. The texts a statement of reasons prints, kept in each language (app.services.texts).</extracomment>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record the consultation outcome</source>
        <translation>Registrar el resultado de la consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance was withheld for consultation (Art. 11.3). Record what was agreed with the requesting administration; the request then becomes: {status}.</source>
        <translation>La asistencia se suspendió para consulta (Art. 11.3). Registre lo acordado con la administración requirente; la solicitud pasa entonces a: {status}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refuse assistance</source>
        <translation>Denegar la asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal needs at least one ground and a statement of reasons (Art. 11.1, 11.4).</source>
        <translation>La denegación requiere al menos un fundamento y una exposición de motivos (Arts. 11.1, 11.4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postpone assistance</source>
        <translation>Aplazar la asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postponement needs at least one ground and a statement of reasons (Art. 11.4); say until when if known.</source>
        <translation>El aplazamiento requiere al menos un fundamento y una exposición de motivos (Art. 11.4); indique hasta cuándo, si se sabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assist subject to conditions</source>
        <translation>Prestar asistencia sujeta a condiciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State the conditions or requirements (Art. 11.1).</source>
        <translation>Indique las condiciones o requisitos (Art. 11.1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withhold for consultation</source>
        <translation>Suspender para consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance would interfere with ongoing proceedings; the requesting administration is consulted (Art. 11.3).</source>
        <translation>La asistencia interferiría con un procedimiento en curso; se consulta a la administración requirente (Art. 11.3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executed in part</source>
        <translation>Ejecutada en parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say on which grounds the rest was not given.</source>
        <translation>Indique con qué fundamentos no se prestó el resto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change status to {s}</source>
        <translation>Cambiar el estado a {s}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} — {ref}</source>
        <translation>{title} — {ref}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Grounds</source>
        <translation>Fundamentos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statement of reasons (required) — Art. 11.4</source>
        <translation>Exposición de motivos (obligatoria) — Art. 11.4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of reasons — Art. 11.4</source>
        <translation>Exposición de motivos — Art. 11.4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conditions or requirements — Art. 11.1</source>
        <translation>Condiciones o requisitos — Art. 11.1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-DD (opcional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postponed until</source>
        <translation>Aplazada hasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Information to help pursue the matter (optional) — Art. 11.4</source>
        <translation>Información para ayudar a proseguir el asunto (opcional) — Art. 11.4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of the texts below: each letter prints the version in its own language</source>
        <translation>El idioma de los textos siguientes: cada carta imprime la versión en su propio idioma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Texts above in</source>
        <translation>Textos anteriores en</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outcome of the consultation (required) — Art. 11.3</source>
        <translation>Resultado de la consulta (obligatorio) — Art. 11.3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>History note (optional)</source>
        <translation>Nota para el historial (opcional)</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>statement of reasons</source>
        <translation>exposición de motivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>conditions</source>
        <translation>condiciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information to help pursue the matter</source>
        <translation>información para ayudar a proseguir el asunto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{language} version missing: {fields}</source>
        <translation>Falta la versión en {language}: {fields}</translation>
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_change.py" line="+40"/>
        <source>Where the key is kept</source>
        <translation>Dónde se guarda la clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store is encrypted again under a new key kept in this computer account&apos;s keyring; it then opens without a passphrase (the idle lock asks for an unlock passphrase you choose). A recovery key is then shown once: it opens the backups on a new computer. Backups made before keep the old passphrase.</source>
        <translation>La base de datos se vuelve a cifrar con una clave nueva guardada en el llavero de esta cuenta de la computadora; desde entonces se abre sin frase de contraseña (el bloqueo por inactividad pide una frase de desbloqueo que usted elija). Después se muestra una sola vez una clave de recuperación: con ella se abren los respaldos en una computadora nueva. Los respaldos anteriores conservan la frase de contraseña anterior.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store is encrypted again under a key derived from the new passphrase, typed at every start; the keyring no longer holds it. Backups made before keep the old key.</source>
        <translation>La base de datos se vuelve a cifrar con una clave derivada de la nueva frase de contraseña, que se escribe en cada inicio; el llavero ya no la guarda. Los respaldos anteriores conservan la clave anterior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change unlock passphrase</source>
        <translation>Cambiar la frase de desbloqueo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store is encrypted again under the new passphrase; from then on only the new passphrase opens it. Backups made before keep the old one.</source>
        <translation>La base de datos se vuelve a cifrar con la nueva frase de contraseña; desde entonces solo la nueva frase de contraseña la abre. Los respaldos anteriores conservan la anterior.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The idle lock will ask for the new unlock passphrase. The store&apos;s key stays in this computer account&apos;s keyring.</source>
        <translation>El bloqueo por inactividad pedirá la nueva frase de desbloqueo. La clave de la base de datos permanece en el llavero de esta cuenta de la computadora.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Current:</source>
        <translation>&amp;Actual:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New:</source>
        <translation>&amp;Nueva:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>new passphrase: the two entries differ</source>
        <translation>nueva frase de contraseña: las dos entradas no coinciden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>current passphrase: wrong; nothing was changed</source>
        <translation>frase de contraseña actual: incorrecta; no se cambió nada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the passphrase could not be changed: {e}</source>
        <extracomment>Kept so a caller (and a test) can reach it; modal to the window, not blocking.</extracomment>
        <translation>no se pudo cambiar la frase de contraseña: {e}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="+26"/>
        <source>Liaison Desk — unlock</source>
        <translation>Liaison Desk — desbloquear</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The store in {0} is protected by a passphrase.</source>
        <extracomment>The running open (None when idle).</extracomment>
        <translation>La base de datos en {0} está protegida con una frase de contraseña.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening the store…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The store could not be opened ({0}); nothing was changed.</source>
        <translation>No se pudo abrir la base de datos ({0}); no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>PrepareKitDialog</name>
    <message>
        <location filename="../../ui/dialogs/field_kit.py" line="-77"/>
        <source>Prepare field kit</source>
        <translation>Preparar paquete de campo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kit takes the chosen requests and surveillance subjects, with their observations and information, to a laptop. It is encrypted with the kit passphrase and signed by this desk. Until its return is merged, those records show as in the field.</source>
        <translation>El paquete lleva a una computadora portátil las solicitudes y los sujetos de vigilancia elegidos, con sus observaciones e información. Se cifra con la frase de contraseña del paquete y lo firma este escritorio. Hasta que se integre su retorno, esos expedientes aparecen como en campo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. JC-US-2026-0012 JC-US-2026-0004</source>
        <translation>p. ej. JC-US-2026-0012 JC-US-2026-0004</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. S-0002 S-0005</source>
        <translation>p. ej. S-0002 S-0005</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Yokohama, December operation</source>
        <translation>p. ej. Veracruz, operativo de diciembre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take stored documents and photos</source>
        <translation>Llevar los documentos y las fotografías registrados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field kits (*.kit)</source>
        <translation>Paquetes de campo (*.kit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests:</source>
        <translation>Solicitudes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subjects:</source>
        <translation>Sujetos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation:</source>
        <translation>Operativo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kit passphrase:</source>
        <translation>Frase de contraseña del paquete:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat it:</source>
        <translation>Repítala:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the kit as:</source>
        <translation>Guardar el paquete como:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose where to save the kit.</source>
        <translation>Elija dónde guardar el paquete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kit passphrase needs at least {0} characters.</source>
        <translation>La frase de contraseña del paquete debe tener al menos {0} caracteres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preparing the field kit…</source>
        <translation>Preparando el paquete de campo…</translation>
    </message>
</context>
<context>
    <name>PresenceLine</name>
    <message>
        <location filename="../../ui/widgets/presence_line.py" line="+79"/>
        <source>{officer} (since {time})</source>
        <translation>{officer} (desde las {time})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also open by: {names}</source>
        <translation>También abierto por: {names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another officer has this record open on the shared desk. If they save first, your save is refused and you can reload and reapply your changes.</source>
        <translation>Otro funcionario tiene abierto este expediente en el escritorio compartido. Si guarda primero, su guardado se rechaza y podrá volver a cargarlo y aplicar de nuevo sus cambios.</translation>
    </message>
</context>
<context>
    <name>QuickCheckDialog</name>
    <message>
        <location filename="../../ui/dialogs/quick_check.py" line="+44"/>
        <source>Check a name / number</source>
        <translation>Comprobar un nombre / número</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name (any script), passport, container, IMO, plate…</source>
        <translation>Nombre (cualquier escritura), pasaporte, contenedor, IMO, placa…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible match</source>
        <translation>Posible coincidencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matches appear as you type; double-click one to open the subject.</source>
        <translation>Las coincidencias aparecen mientras escribe; haga doble clic en una para abrir el sujeto.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Preparing the watch list…</source>
        <translation>Preparando la lista de vigilancia…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The watch list could not be checked: {0}</source>
        <translation>No se pudo comprobar la lista de vigilancia: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n possible match(es)</source>
        <translation>
            <numerusform>%n posible coincidencia</numerusform>
            <numerusform>%n posibles coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No subject on the watch list matches.</source>
        <translation>Ningún sujeto de la lista de vigilancia coincide.</translation>
    </message>
</context>
<context>
    <name>ReapplyWords</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/reapply_words.py" line="+18"/>
        <source>Reloaded as another officer saved it; your changes are applied on top (%n field(s) both of you changed are marked). Check, then save.</source>
        <translation>
            <numerusform>Se volvió a cargar tal como lo guardó otro funcionario; sus cambios se aplicaron encima (se marca %n campo que ambos cambiaron). Revíselo y guarde.</numerusform>
            <numerusform>Se volvió a cargar tal como lo guardó otro funcionario; sus cambios se aplicaron encima (se marcan %n campos que ambos cambiaron). Revíselo y guarde.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reloaded as another officer saved it; your changes are applied on top. Check, then save.</source>
        <translation>Se volvió a cargar tal como lo guardó otro funcionario; sus cambios se aplicaron encima. Revíselo y guarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also changed by another officer, to: {value}. Your text is kept here; compare before saving.</source>
        <translation>Otro funcionario también lo cambió, a: {value}. Su texto se conserva aquí; compárelos antes de guardar.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/dialogs/recovery_key.py" line="+137"/>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="+39"/>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown once. It opens this desk&apos;s backups on a new computer.</source>
        <translation>Se muestra una sola vez. Con ella se abren los respaldos de este escritorio en una computadora nueva.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../../ui/dialogs/recovery_key.py" line="-101"/>
        <source>The store&apos;s key is kept in this computer&apos;s keyring, so there is no passphrase. If this computer or its keyring is lost, a backup opens only with this recovery key. Print it or save it as PDF and print that, then keep the paper away from the computer, where your office keeps safe combinations. Whoever holds it and a backup can read the desk.</source>
        <translation>La clave de la base de datos se guarda en el llavero de esta computadora, por lo que no hay frase de contraseña. Si se pierde esta computadora o su llavero, un respaldo solo se abre con esta clave de recuperación. Imprímala, o guárdela como PDF e imprima ese archivo; después guarde el papel lejos de la computadora, donde su oficina guarda las combinaciones de las cajas fuertes. Quien tenga esta clave y un respaldo puede leer el escritorio.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I have printed or written down the recovery key</source>
        <translation>Ya imprimí o anoté la clave de recuperación</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved as {0}. Print it, then delete the file.</source>
        <translation>Guardada como {0}. Imprímala y después elimine el archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the recovery key as PDF</source>
        <translation>Guardar la clave de recuperación como PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;h2&gt;Liaison Desk recovery key&lt;/h2&gt;&lt;p&gt;Store: {0}&lt;br&gt;Data dir when made: {1}&lt;br&gt;Made: {2}&lt;/p&gt;&lt;p style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;&lt;tt&gt;{3}&lt;/tt&gt;&lt;/b&gt;&lt;/p&gt;{4}</source>
        <translation>&lt;h2&gt;Clave de recuperación de Liaison Desk&lt;/h2&gt;&lt;p&gt;Base de datos: {0}&lt;br&gt;Carpeta de datos al crearla: {1}&lt;br&gt;Creada: {2}&lt;/p&gt;&lt;p style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;&lt;tt&gt;{3}&lt;/tt&gt;&lt;/b&gt;&lt;/p&gt;{4}</translation>
    </message>
</context>
<context>
    <name>ReportBackDialog</name>
    <message>
        <location filename="../../ui/dialogs/observation.py" line="+12"/>
        <source>Report back on {0}</source>
        <translation>Informar sobre {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no request linked</source>
        <translation>sin solicitud vinculada</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n observation(s), to {0} under {1}. The summary below becomes a provided information item; edit it as needed.</source>
        <translation>
            <numerusform>%n observación, para {0}, en atención a {1}. El resumen siguiente se convierte en un elemento de información facilitada; edítelo según sea necesario.</numerusform>
            <numerusform>%n observaciones, para {0}, en atención a {1}. El resumen siguiente se convierte en un elemento de información facilitada; edítelo según sea necesario.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Draft information item</source>
        <translation>Borrador del elemento de información</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../ui/widgets/request_detail.py" line="+50"/>
        <source>Administration making the request</source>
        <extracomment>The Art. 7.2 elements: (letter, caption), captions translated where shown (``self.tr``).</extracomment>
        <translation>Administración que formula la solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nature of the proceedings</source>
        <translation>Naturaleza del procedimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object of and reason for the request</source>
        <translation>Objeto y motivo de la solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties concerned</source>
        <translation>Partes interesadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description of the matter and legal elements</source>
        <translation>Descripción del asunto y elementos jurídicos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administration giving the information</source>
        <extracomment>Spontaneous information (Art. 3.1, 4.3) in the same fields, read as information, main first.</extracomment>
        <translation>Administración que facilita la información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information provided</source>
        <translation>Información facilitada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customs offence it may concern</source>
        <translation>Infracción aduanera a la que puede referirse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons, firms or transport concerned</source>
        <translation>Personas, empresas o medios de transporte afectados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of information or proceedings</source>
        <translation>Tipo de información o de procedimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>confidential (9.3)</source>
        <extracomment>An information item&apos;s restrictions as ``app.services.requests.listing.related`` marks them, in words (a mark not listed shows as it is).</extracomment>
        <translation>confidencial (9.3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no law enforcement (9.2)</source>
        <translation>no a organismos policiales (9.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not as evidence (10.1)</source>
        <translation>no como prueba (10.1)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Workflow actions are not available in this build.</source>
        <extracomment>What the pane shows besides the request&apos;s own rows (which all point at the request).</extracomment>
        <translation>Las acciones de tramitación no están disponibles en esta versión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Letters…</source>
        <translation>&amp;Cartas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the formal letters of this request (Ctrl+P)</source>
        <translation>Imprimir las cartas formales de esta solicitud (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lin&amp;k subject…</source>
        <translation>&amp;Vincular sujeto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link a surveillance subject (a person, goods or a means of transport) to this request (Art. 4.2)</source>
        <translation>Vincular un sujeto de vigilancia (una persona, mercancías o un medio de transporte) a esta solicitud (Art. 4.2)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&lt;i&gt;Select a request to see it here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione una solicitud para verla aquí.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>status: {0}</source>
        <translation>estado: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the field: kit {0} since {1:%Y-%m-%d}</source>
        <translation>En campo: paquete {0} desde el {1:%Y-%m-%d}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Watch list (Art. 4.2)</source>
        <translation>Lista de vigilancia (Art. 4.2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Legal bases</source>
        <translation>Bases jurídicas</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>none given</source>
        <translation>no se indicó ninguna</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Art. 7.2 elements</source>
        <translation>Elementos del Art. 7.2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <location line="+16"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <location line="+5"/>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>(text of {0} not known)</source>
        <translation>(texto del {0} desconocido)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reciprocity (11.2):</source>
        <translation>Reciprocidad (11.2):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Information — Art. 3.1, 4.3</source>
        <translation>Información — Arts. 3.1, 4.3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clocks</source>
        <translation>Plazos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Due:</source>
        <translation>Vence:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no due date</source>
        <translation>sin fecha límite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written confirmation (7.1):</source>
        <translation>Confirmación por escrito (7.1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — due {1} ({2})</source>
        <translation>{0} — vence el {1} ({2})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Officer:</source>
        <translation>Funcionario:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not assigned</source>
        <translation>sin asignar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcomes (Art. 11)</source>
        <translation>Resultados (Art. 11)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>grounds:</source>
        <translation>fundamentos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>statement of reasons: {0}</source>
        <translation>exposición de motivos: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conditions: {0}</source>
        <translation>condiciones: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>postponed until: {0}</source>
        <translation>aplazada hasta: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subjects, information and documents</source>
        <translation>Sujetos, información y documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subjects (4.2):</source>
        <translation>Sujetos (4.2):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none linked</source>
        <translation>ninguno vinculado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information:</source>
        <translation>Información:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>, final</source>
        <translation>, definitiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents:</source>
        <translation>Documentos:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{direction}; {restrictions}</source>
        <translation>{direction}; {restrictions}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+48"/>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The request editor is not available in this build.</source>
        <translation>El editor de solicitudes no está disponible en esta versión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A field copy exists</source>
        <translation>Existe una copia en campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is in the field: kit {1} since {2:%Y-%m-%d}. A change made here and there too comes back as a conflict to resolve when the return is merged.</source>
        <translation>{0} está en campo: paquete {1} desde el {2:%Y-%m-%d}. Si un cambio hecho aquí también se hace allá, volverá como un conflicto por resolver al integrar el retorno.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not linked</source>
        <translation>No vinculado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Letters are not available in this build.</source>
        <translation>Las cartas no están disponibles en esta versión.</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <location filename="../../ui/dialogs/request_editor.py" line="+86"/>
        <source>Before it is sent — Art. 3.1, 4.3</source>
        <translation>Antes de enviarla — Arts. 3.1, 4.3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it carries — Art. 3.1, 4.3</source>
        <translation>Qué contiene — Arts. 3.1, 4.3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spontaneous information is not a request: Art. 7.2 (object and reason, oral requests) does not apply. It needs the administration giving it, a subject, the information itself and a 3.1 or 4.3 basis.</source>
        <translation>La información espontánea no es una solicitud: el Art. 7.2 (objeto y motivo, solicitudes verbales) no se aplica. Requiere la administración que la facilita, un asunto, la información misma y una base del 3.1 o del 4.3.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalise and &amp;send</source>
        <translation>Finalizar y &amp;enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record as &amp;sent</source>
        <translation>Registrar como &amp;enviada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload and reapply</source>
        <translation>&amp;Volver a cargar y reaplicar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the request as the other officer saved it and put your own changes back on top; fields you both changed keep your text and are marked so you can compare.</source>
        <translation>Vuelve a leer la solicitud tal como la guardó el otro funcionario y aplica encima sus propios cambios; los campos que ambos cambiaron conservan su texto y se marcan para que pueda compararlos.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>incoming request</source>
        <translation>solicitud entrante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outgoing request</source>
        <translation>solicitud saliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spontaneous information received</source>
        <translation>información espontánea recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spontaneous information to give</source>
        <translation>información espontánea por facilitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New {kind}</source>
        <translation>Nueva {kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{ref} — {kind} ({status})</source>
        <translation>{ref} — {kind} ({status})</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Only outgoing requests and information are sent.</source>
        <translation>Solo se envían las solicitudes y la información salientes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already {status}; it cannot be sent again.</source>
        <translation>Estado actual: {status}; no puede volver a enviarse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>{article}: {message}</source>
        <translation>{article}: {message}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cannot send: incomplete under Art. 3.1, 4.3 — {missing}</source>
        <translation>No se puede enviar: incompleta conforme a los Arts. 3.1, 4.3 — {missing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot finalise: incomplete under Art. 7.2 — {missing}</source>
        <translation>No se puede finalizar: incompleta conforme al Art. 7.2 — {missing}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save, then record as sent</source>
        <translation>Guardar y luego registrar como enviada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save, then finalise and send</source>
        <translation>Guardar y luego finalizar y enviar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A closed or withdrawn request cannot be edited.</source>
        <translation>Una solicitud cerrada o retirada no puede editarse.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved: {problem}</source>
        <translation>No se guardó: {problem}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved as {ref}.</source>
        <translation>Guardada como {ref}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Also changed by another officer, to: {value}. Your text is kept here; compare before saving.</source>
        <translation>Otro funcionario también lo cambió, a: {value}. Su texto se conserva aquí; compárelos antes de guardar.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Reloaded as another officer saved it; your changes are applied on top (%n field(s) both of you changed are marked). Check, then save.</source>
        <translation>
            <numerusform>Se volvió a cargar tal como lo guardó otro funcionario; sus cambios se aplicaron encima (se marca %n campo que ambos cambiaron). Revíselo y guarde.</numerusform>
            <numerusform>Se volvió a cargar tal como lo guardó otro funcionario; sus cambios se aplicaron encima (se marcan %n campos que ambos cambiaron). Revíselo y guarde.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reloaded as another officer saved it; your changes are applied on top. Check, then save.</source>
        <translation>Se volvió a cargar tal como lo guardó otro funcionario; sus cambios se aplicaron encima. Revíselo y guarde.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Watch list (Art. 4.2): checking {ref}…</source>
        <translation>Lista de vigilancia (Art. 4.2): comprobando {ref}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>watch list: not checked ({0})</source>
        <translation>lista de vigilancia: no comprobada ({0})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>watch list: not checked</source>
        <translation>lista de vigilancia: no comprobada</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Watch list (Art. 4.2): %n possible match(es) — {list}</source>
        <translation>
            <numerusform>Lista de vigilancia (Art. 4.2): %n posible coincidencia — {list}</numerusform>
            <numerusform>Lista de vigilancia (Art. 4.2): %n posibles coincidencias — {list}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watch list (Art. 4.2): no subject on the watch list is named.</source>
        <translation>Lista de vigilancia (Art. 4.2): no se menciona ningún sujeto de la lista de vigilancia.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{ref} finalised and sent.</source>
        <translation>{ref} finalizada y enviada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This request has changes that are not saved. Save them?</source>
        <translation>Esta solicitud tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="+62"/>
        <source>Legal basis</source>
        <extracomment>Something the officer typed or picked changed (drives the live panel and &quot;unsaved&quot;). The agreement choice changed (the editor reloads the catalogue). Spontaneous information (Art. 3.1, 4.3) has no ask: it reads and is checked as information.</extracomment>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their reference</source>
        <translation>Su referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject — Art. 3.1</source>
        <translation>Asunto — Art. 3.1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the information is about</source>
        <translation>De qué trata la información</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In writing</source>
        <translation>Por escrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral (urgent; to be confirmed in writing)</source>
        <translation>Verbal (urgente; por confirmar por escrito)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form — Art. 7.1</source>
        <translation>Forma — Art. 7.1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD HH:MM (UTC)</source>
        <translation>AAAA-MM-DD HH:MM (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oral request made at</source>
        <translation>Solicitud verbal formulada el</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written confirmation due</source>
        <translation>Fecha límite de la confirmación por escrito</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD (blank: desk default)</source>
        <translation>AAAA-MM-DD (en blanco: valor predeterminado del sistema)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assigned officer</source>
        <translation>Funcionario asignado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Designated official — Art. 7.3</source>
        <translation>Funcionario designado — Art. 7.3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner&apos;s designated official through whom the request passes</source>
        <translation>El funcionario designado de la contraparte por medio del cual se tramita la solicitud</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Administration giving the information — Art. 3.1</source>
        <translation>Administración que facilita la información — Art. 3.1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information provided — Art. 3.1</source>
        <translation>Información facilitada — Art. 3.1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customs offence it may concern and legal elements (for 4.3(b): the harm it could do)</source>
        <translation>Infracción aduanera a la que puede referirse y elementos jurídicos (para el 4.3(b): el perjuicio que podría causar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons, firms or transport concerned, if known</source>
        <translation>Personas, empresas o medios de transporte afectados, si se conocen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of information or proceedings, if any</source>
        <translation>Tipo de información o de procedimiento, en su caso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(a) Administration making the request — Art. 7.2(a)</source>
        <translation>(a) Administración que formula la solicitud — Art. 7.2(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(b) Nature of the proceedings — Art. 7.2(b)</source>
        <translation>(b) Naturaleza del procedimiento — Art. 7.2(b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(c) Object of and reason for the request — Art. 7.2(c)</source>
        <translation>(c) Objeto y motivo de la solicitud — Art. 7.2(c)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(d) Names and addresses of the parties concerned, if known — Art. 7.2(d)</source>
        <translation>(d) Nombres y domicilios de las partes interesadas, si se conocen — Art. 7.2(d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(e) Brief description of the matter and legal elements — Art. 7.2(e)</source>
        <translation>(e) Breve descripción del asunto y elementos jurídicos — Art. 7.2(e)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the information must carry — Art. 3.1, 4.3</source>
        <translation>Lo que debe contener la información — Arts. 3.1, 4.3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the request must state — Art. 7.2</source>
        <translation>Lo que debe indicar la solicitud — Art. 7.2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the texts below: each letter prints the version in its own language</source>
        <translation>El idioma de los textos siguientes: cada carta imprime la versión en su propio idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Texts in</source>
        <translation>Textos en</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Legal basis (articles of the agreement)</source>
        <translation>Base jurídica (artículos del acuerdo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hover over a basis to read its article</source>
        <translation>Pase el puntero sobre una base para leer su artículo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reciprocity and notes</source>
        <translation>Reciprocidad y notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We could not comply with a similar request — Art. 11.2</source>
        <translation>Nosotros no podríamos atender una solicitud similar — Art. 11.2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requesting administration says it could not comply with a similar request — Art. 11.2</source>
        <translation>La administración requirente indica que no podría atender una solicitud similar — Art. 11.2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reciprocity limitation noted — Art. 11.2</source>
        <translation>Limitación de reciprocidad señalada — Art. 11.2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reciprocity</source>
        <translation>Reciprocidad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reciprocity note</source>
        <translation>Nota de reciprocidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal notes</source>
        <translation>Notas internas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{language} version missing: {fields}</source>
        <translation>Falta la versión en {language}: {fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A final letter in a language is refused while a text has no version in it</source>
        <translation>Se rechaza una carta definitiva en un idioma mientras algún texto no tenga versión en ese idioma</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter when the oral request was made ({problem}).</source>
        <translation>Indique cuándo se formuló la solicitud verbal ({problem}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the partner administration</source>
        <translation>la administración contraparte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>we</source>
        <translation>nuestra administración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} — {who} must confirm in writing; {how}</source>
        <translation>{day} — {who} debe confirmar por escrito; {how}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(none chosen)</source>
        <translation>(ninguna elegida)</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../ui/models/request_table.py" line="+32"/>
        <source>Our ref</source>
        <extracomment>(sort key, header) in column order; headers translated when shown (``headerData``).</extracomment>
        <translation>N/Ref.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their ref</source>
        <translation>S/Ref.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>Funcionario</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>overdue</source>
        <translation>vencida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due soon</source>
        <translation>por vencer</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>oral, confirmation late</source>
        <translation>verbal, confirmación tardía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oral, unconfirmed</source>
        <translation>verbal, sin confirmar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue: the due date (or the agreement&apos;s termination date, which ends all assistance under it) has passed.</source>
        <translation>Vencida: ya pasó la fecha límite (o la fecha de terminación del acuerdo, con la que termina toda asistencia en su marco).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due soon.</source>
        <translation>Por vencer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oral request not yet confirmed in writing (Art. 7.1).</source>
        <translation>Solicitud verbal aún no confirmada por escrito (Art. 7.1).</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../../ui/views/requests.py" line="+118"/>
        <source>1 item of spontaneous information</source>
        <extracomment>Direction of a new request made from each group (Ctrl+N). The subject keeps at least this width (px) while other columns can give way. The detail pane&apos;s least width: at the default window size (1400 px) the list beside it keeps every column and the filter chips on one line; narrower windows scroll the list sideways. Kinds whose writes change what the list shows (an agreement&apos;s termination caps clocks).</extracomment>
        <translation>1 elemento de información espontánea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} items of spontaneous information</source>
        <translation>{0} elementos de información espontánea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 request</source>
        <translation>1 solicitud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} requests</source>
        <translation>{0} solicitudes</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request editor is not available in this build.</source>
        <translation>El editor de solicitudes no está disponible en esta versión.</translation>
    </message>
</context>
<context>
    <name>RestartPrompt</name>
    <message>
        <location filename="../../ui/restart.py" line="+36"/>
        <source>Liaison Desk will be in {language} after a restart. Restart now? Open forms are closed first, and you are asked about any unsaved changes. Later: at the next start.</source>
        <extracomment>Set on the application when the window closed to restart (read by ``relaunch_if_asked``).</extracomment>
        <translation>Tras reiniciar, Liaison Desk estará en {language}. ¿Reiniciar ahora? Primero se cierran los formularios abiertos y se le pregunta por los cambios sin guardar. Más tarde: en el próximo inicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not restarted: a form is still open. {language} from the next start.</source>
        <translation>No se reinició: hay un formulario abierto. {language} a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../ui/views/search.py" line="+43"/>
        <source>Requests</source>
        <extracomment>Group headings, translated where shown (``self.tr``).</extracomment>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveillance subjects</source>
        <translation>Sujetos de vigilancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information items</source>
        <translation>Elementos de información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosures (Art. 9)</source>
        <translation>Divulgaciones (Art. 9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Type in the search field (Ctrl+F) and press Enter.</source>
        <extracomment>Item data role of the match span ``(start, end)`` in a &quot;Where it matched&quot; cell. The match&apos;s highlight: a marker-pen yellow, with dark text on it whether or not selected. What the index holds: a write touching any of these runs the shown search again.</extracomment>
        <translation>Escriba en el campo de búsqueda (Ctrl+F) y presione Entrar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it matched</source>
        <translation>Dónde coincidió</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search index is not available in this build.</source>
        <translation>El índice de búsqueda no está disponible en esta versión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searching for “{0}”…</source>
        <translation>Buscando “{0}”…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n found for “{0}”.</source>
        <translation>
            <numerusform>%n resultado para “{0}”.</numerusform>
            <numerusform>%n resultados para “{0}”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found for “{0}”.</source>
        <translation>No se encontró nada para “{0}”.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="+46"/>
        <source>English letters (name in Latin letters)</source>
        <extracomment>Each letter language&apos;s group on the Profile tab: (code, group title).</extracomment>
        <translation>Cartas en inglés (nombre en caracteres latinos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese letters (name in kanji)</source>
        <translation>Cartas en japonés (nombre en kanji)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish letters</source>
        <translation>Cartas en español</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English</source>
        <extracomment>Letter languages in words (the bilingual layouts print the first language first).</extracomment>
        <translation>Inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English + Japanese</source>
        <translation>Inglés + japonés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English + Spanish</source>
        <translation>Inglés + español</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese + English</source>
        <translation>Japonés + inglés</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Profile</source>
        <extracomment>Dotted key -&gt; its input.</extracomment>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Administration</source>
        <translation>&amp;Administración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Letters &amp;&amp; dates</source>
        <translation>Cartas &amp;&amp; &amp;fechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk</source>
        <translation>&amp;Escritorio</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Letters are signed with the details of their language; an empty field of a language is taken from English.</source>
        <translation>Las cartas se firman con los datos de su idioma; un campo vacío en un idioma se toma del inglés.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Na&amp;me (required):</source>
        <translation>&amp;Nombre (obligatorio):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in &amp;kanji:</source>
        <translation>Nombre en &amp;kanji:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature block:</source>
        <translation>Bloque de firma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed instead of the name when given</source>
        <translation>Se imprime en lugar del nombre cuando se indica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact (every language)</source>
        <translation>Contacto (todos los idiomas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tele&amp;phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your administration heads every letter, in the letter&apos;s language.</source>
        <translation>Su administración encabeza cada carta, en el idioma de la carta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English (required):</source>
        <translation>Inglés (obligatorio):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Japanese:</source>
        <translation>Japonés:</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Spanish:</source>
        <translation>Español:</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Letterhead</source>
        <translation>Membrete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postal &amp;address:</source>
        <translation>&amp;Dirección postal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per row, e.g. the division and office</source>
        <translation>Una línea por renglón, p. ej. la dirección general y la oficina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letterhead lines, English:</source>
        <translation>Líneas del membrete, inglés:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Default letter &amp;languages:</source>
        <translation>&amp;Idiomas predeterminados de las cartas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None ticked: each agreement&apos;s first language.</source>
        <translation>Ninguno marcado: el primer idioma de cada acuerdo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reference pattern:</source>
        <translation>Patr&amp;ón de referencia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business days are counted in the calendar of the side that must act: weekends and its public holidays are skipped.</source>
        <translation>Los días hábiles se cuentan según el calendario de la parte que debe actuar: se omiten los fines de semana y sus días festivos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm an &amp;oral request within (Art. 7.1):</source>
        <translation>Confirmar una solicitud &amp;verbal en (Art. 7.1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source> business days</source>
        <translation> días hábiles</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Answer an &amp;incoming request within:</source>
        <translation>Responder una &amp;solicitud entrante en:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as &amp;due soon from:</source>
        <translation>Mostrar como pró&amp;xima a vencer desde:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days before</source>
        <translation> días antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics: a request is &amp;cold after:</source>
        <translation>Estadísticas: una solicitud queda i&amp;nactiva tras:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days without activity</source>
        <translation> días sin actividad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Bloquear tras:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> idle minutes</source>
        <translation> minutos de inactividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep daily backups:</source>
        <translation>Conservar respa&amp;ldos diarios:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> backups</source>
        <translation> respaldos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the &amp;window:</source>
        <translation>Idioma de la &amp;ventana:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agreements in use:</source>
        <translation>Acuerdos en uso:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change unlock passphrase…</source>
        <translation>Cambiar la frase de desbloqueo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the key in the keyring instead…</source>
        <translation>Guardar la clave en el llavero en su lugar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derive the key from a passphrase instead…</source>
        <translation>Derivar la clave de una frase de contraseña en su lugar…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protection:</source>
        <translation>Protección:</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../ui/views/stats.py" line="+100"/>
        <source>Export CSV…</source>
        <extracomment>Data role of a figure cell: (figure, key) for ``queries.behind``. Every kind of record whose write may change a figure. The figures on screen were read again.</extracomment>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual report…</source>
        <translation>Informe anual…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incoming</source>
        <translation>Entrantes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outgoing</source>
        <translation>Salientes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click a figure (or press Enter) to list the requests behind it.</source>
        <translation>Haga doble clic en una cifra (o presione Enter) para ver la lista de las solicitudes que la componen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Agreement:</source>
        <translation>Acue&amp;rdo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Partner:</source>
        <translation>&amp;Contraparte:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>All agreements</source>
        <translation>Todos los acuerdos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All partners</source>
        <translation>Todas las contrapartes</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} to {1}: {2} received, {3} sent; {4} open, {5} cold</source>
        <translation>{0} a {1}: {2} recibidas, {3} enviadas; {4} abiertas, {5} inactivas</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Double-click to list the requests behind this figure</source>
        <translation>Doble clic para ver la lista de las solicitudes que componen esta cifra</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Requests received and sent by month</source>
        <translation>Solicitudes recibidas y enviadas por mes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requests by legal basis</source>
        <translation>Solicitudes por base jurídica</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turnaround (received or sent → first answer)</source>
        <translation>Tiempo de atención (recepción o envío → primera respuesta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered in the period</source>
        <translation>Respondidas en el periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median (days)</source>
        <translation>Mediana (días)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile (days)</source>
        <translation>Percentil 90 (días)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On time (answered by the due date)</source>
        <translation>Tasa de cumplimiento en plazo (respondidas a más tardar en la fecha límite)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered late</source>
        <translation>Respondidas fuera de plazo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open requests today, by age</source>
        <translation>Solicitudes abiertas hoy, por antigüedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0–30 days</source>
        <translation>0–30 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>31–90 days</source>
        <translation>31–90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>91–180 days</source>
        <translation>91–180 días</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>181–365 days</source>
        <translation>181–365 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over a year</source>
        <translation>Más de un año</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cold: no activity for %n day(s)</source>
        <translation>
            <numerusform>Inactivas: sin actividad durante %n día</numerusform>
            <numerusform>Inactivas: sin actividad durante %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusals and postponements by ground (Art. 11)</source>
        <translation>Denegaciones y aplazamientos por fundamento (Art. 11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+155"/>
        <source>refused</source>
        <translation>denegada</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+155"/>
        <source>postponed</source>
        <translation>aplazada</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+155"/>
        <source>withheld</source>
        <translation>suspendida</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+28"/>
        <source>None in the period</source>
        <translation>Ninguno en el periodo</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Oral requests (Art. 7.1)</source>
        <translation>Solicitudes verbales (Art. 7.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made orally</source>
        <translation>Formuladas verbalmente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmed in writing in time</source>
        <translation>Confirmadas por escrito en plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed in writing late</source>
        <translation>Confirmadas por escrito fuera de plazo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not confirmed, overdue</source>
        <translation>Sin confirmar, plazo vencido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not confirmed, not yet due</source>
        <translation>Sin confirmar, aún en plazo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Special surveillance (Art. 4.2)</source>
        <translation>Vigilancia especial (Art. 4.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goods</source>
        <translation>Mercancías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means of transport</source>
        <translation>Medios de transporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subjects under surveillance: {0}</source>
        <translation>Sujetos en vigilancia: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Observations in {0}</source>
        <translation>Observaciones en {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disclosures by authority and verdict (Art. 9, 10)</source>
        <translation>Divulgaciones por autoridad y dictamen (Arts. 9, 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allowed</source>
        <translation>permitida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>allowed with obligations</source>
        <translation>permitida con obligaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVERRIDE</source>
        <translation>EXCEPCIÓN</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No legal basis recorded</source>
        <translation>Sin base jurídica registrada</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Requests received and sent by month (click a bar)</source>
        <translation>Solicitudes recibidas y enviadas por mes (haga clic en una barra)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>■ received (incoming)    ▨ sent (outgoing)</source>
        <translation>■ recibidas (entrantes)    ▨ enviadas (salientes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refusals and postponements by ground (click a bar)</source>
        <translation>Denegaciones y aplazamientos por fundamento (haga clic en una barra)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Save the figures as CSV</source>
        <translation>Guardar las cifras como CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+27"/>
        <source>Saved {0}</source>
        <translation>Se guardó {0}</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Annual report</source>
        <translation>Informe anual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year:</source>
        <translation>Año:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the annual report</source>
        <translation>Guardar el informe anual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing the annual report…</source>
        <translation>Generando el informe anual…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="-414"/>
        <source>Draft</source>
        <extracomment>Request and spontaneous-information statuses (``app.treaty.lifecycle.Status``), in words. The article is given where it tells the officer what the state means.</extracomment>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Con acuse de recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En trámite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executed</source>
        <translation>Ejecutada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially executed</source>
        <translation>Ejecutada parcialmente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conditional</source>
        <translation>Condicionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postponed</source>
        <translation>Aplazada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld (Art. 11.3)</source>
        <translation>Suspendida (Art. 11.3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation>Registrada</translation>
    </message>
</context>
<context>
    <name>SubjectEditor</name>
    <message>
        <location filename="../../ui/dialogs/subject_editor.py" line="+54"/>
        <source>Person (Art. 4.2(a))</source>
        <extracomment>Captions, translated where shown (``self.tr``; the subject page uses this context too).</extracomment>
        <translation>Persona (Art. 4.2(a))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods (Art. 4.2(b))</source>
        <translation>Mercancías (Art. 4.2(b))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means of transport (Art. 4.2(c))</source>
        <translation>Medio de transporte (Art. 4.2(c))</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>natural person</source>
        <translation>persona física</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legal person (company)</source>
        <translation>persona moral (empresa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goods</source>
        <translation>mercancías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vessel</source>
        <translation>buque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aircraft</source>
        <translation>aeronave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>road vehicle</source>
        <translation>vehículo terrestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container</source>
        <translation>contenedor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HS code</source>
        <translation>Fracción arancelaria (SA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of storage</source>
        <translation>Lugar de almacenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Date of birth</source>
        <extracomment>Captions of the detail fields; what to type goes in the field as its hint (DETAIL_HINTS), so neither is cut out of the other (a caption&apos;s own brackets, &quot;Fracción arancelaria (SA)&quot;, stay).</extracomment>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>Domicilios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered in</source>
        <translation>Registrado en</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flag</source>
        <translation>Bandera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flight number</source>
        <translation>Número de vuelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of registration</source>
        <translation>País de matrícula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD</source>
        <extracomment>Hints shown in an empty detail field (its placeholder): the form of what to type.</extracomment>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JP, US…</source>
        <translation>JP, MX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per line</source>
        <translation>uno por línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Edit subject {0}</source>
        <extracomment>Detail fields of every kind in the order the form shows them (route and notes come last). A save&apos;s possible-duplicates check (Art. 4.2) that waited for the watch list came back after the dialog closed: the updated ``result_view`` (``similar`` filled in).</extracomment>
        <translation>Editar el sujeto {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New surveillance subject</source>
        <translation>Nuevo sujeto de vigilancia</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-kind</source>
        <translation>Subtipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One per line, any script: 田中 翔 / TANAKA Sho</source>
        <translation>Uno por línea, en cualquier escritura: 田中 翔 / TANAKA Sho</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aliases</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add identifier</source>
        <translation>Agregar identificador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>References of the requests asking for it</source>
        <translation>Referencias de las solicitudes que lo piden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked for by requests</source>
        <translation>Pedido en las solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>review on</source>
        <translation>revisión el</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Surveillance period</source>
        <translation>Periodo de vigilancia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Surveillance period ({0})</source>
        <translation>Periodo de vigilancia ({0})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reload and reapply</source>
        <translation>&amp;Volver a cargar y reaplicar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the subject as the other officer saved it and put your own changes back on top; fields you both changed keep your text and are marked so you can compare.</source>
        <translation>Vuelve a leer el sujeto tal como lo guardó el otro funcionario y aplica encima sus propios cambios; los campos que ambos cambiaron conservan su texto y se marcan para que pueda compararlos.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Also changed by another officer, to: {value}. Your text is kept here; compare before saving.</source>
        <translation>Otro funcionario también lo cambió, a: {value}. Su texto se conserva aquí; compárelos antes de guardar.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Reloaded as another officer saved it; your changes are applied on top (%n field(s) both of you changed are marked). Check, then save.</source>
        <translation>
            <numerusform>Se volvió a cargar tal como lo guardó otro funcionario; sus cambios se aplicaron encima (se marca %n campo que ambos cambiaron). Revíselo y guarde.</numerusform>
            <numerusform>Se volvió a cargar tal como lo guardó otro funcionario; sus cambios se aplicaron encima (se marcan %n campos que ambos cambiaron). Revíselo y guarde.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reloaded as another officer saved it; your changes are applied on top. Check, then save.</source>
        <translation>Se volvió a cargar tal como lo guardó otro funcionario; sus cambios se aplicaron encima. Revíselo y guarde.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>watch list: not checked ({0})</source>
        <translation>lista de vigilancia: no comprobada ({0})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This subject has changes that are not saved. Save them?</source>
        <translation>Este sujeto tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
</context>
<context>
    <name>SubjectPage</name>
    <message>
        <location filename="../../ui/views/subject_page.py" line="+91"/>
        <source>surveillance</source>
        <extracomment>Timeline columns. Where and Source take their content width up to a cap and give way (down to a floor) before Notes, which takes the rest, drops under NOTES_MIN px: at the default window size the notes were pushed off-screen and could only be read in a tooltip. What a linked request is to the subject (``request_subjects.role``), in words.</extracomment>
        <translation>vigilancia solicitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <translation>sujeto de la solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mentioned</source>
        <translation>mencionado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(alias)</source>
        <translation>(alias)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Identifier</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}; review {1}</source>
        <translation>{0}; revisión {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifted</source>
        <translation>Levantada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none linked</source>
        <translation>ninguna vinculada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>means of transport: {0}</source>
        <translation>medio de transporte: {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add observation…</source>
        <translation>Agregar observación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report back…</source>
        <translation>Informar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend…</source>
        <translation>Prorrogar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift surveillance…</source>
        <translation>Levantar la vigilancia…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;i&gt;Select a subject to see its surveillance log.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Seleccione un sujeto para ver su bitácora de vigilancia.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In the field: kit {0} since {1:%Y-%m-%d}</source>
        <translation>En campo: paquete {0} desde el {1:%Y-%m-%d}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place not recorded</source>
        <translation>lugar no registrado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Source: {0}</source>
        <translation>Fuente: {0}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Observation recorded; looking for other subjects it names while the watch list is prepared…</source>
        <translation>Observación registrada; buscando otros sujetos que menciona mientras se prepara la lista de vigilancia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observation recorded.</source>
        <translation>Observación registrada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Information item {0} drafted for {1}.</source>
        <translation>Elemento de información {0} redactado para {1}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Surveillance extended until {0}.</source>
        <translation>Vigilancia prorrogada hasta el {0}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Surveillance of {0} lifted; its history is kept.</source>
        <translation>Vigilancia de {0} levantada; se conserva su historial.</translation>
    </message>
</context>
<context>
    <name>SubjectStatus</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="+13"/>
        <source>Active</source>
        <extracomment>Surveillance statuses of a subject (Art. 4.2), as decided by ``surveillance_rules``.</extracomment>
        <translation>Activa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring</source>
        <translation>Por caducar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifted</source>
        <translation>Levantada</translation>
    </message>
</context>
<context>
    <name>SubjectStatusWords</name>
    <message>
        <location line="+414"/>
        <source>surveillance lifted</source>
        <translation>vigilancia levantada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no end date recorded</source>
        <translation>sin fecha de término registrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>period ended {0}; not extended</source>
        <translation>el periodo terminó el {0}; no se prorrogó</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>period ends {0} (%n day(s) left)</source>
        <translation>
            <numerusform>el periodo termina el {0} (queda %n día)</numerusform>
            <numerusform>el periodo termina el {0} (quedan %n días)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until {0}</source>
        <translation>hasta el {0}</translation>
    </message>
</context>
<context>
    <name>SubjectTableModel</name>
    <message>
        <location filename="../../ui/views/subject_table.py" line="+26"/>
        <source>Code</source>
        <extracomment>Headers, translated when shown (``PagedTableModel.headerData``).</extracomment>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation>Último avistamiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>person</source>
        <extracomment>The kind in a word, translated when shown (``data``).</extracomment>
        <translation>persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goods</source>
        <translation>mercancías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vessel</source>
        <translation>buque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aircraft</source>
        <translation>aeronave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>road vehicle</source>
        <translation>vehículo terrestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container</source>
        <translation>contenedor</translation>
    </message>
</context>
<context>
    <name>SurveillanceView</name>
    <message>
        <location filename="../../ui/views/surveillance.py" line="+56"/>
        <source>All kinds</source>
        <extracomment>Column widths (px) that fit the usual content; the name (which takes the spare width) and the identifiers elide, their tooltips keep all. The records the page shows: a write touching any of them re-reads it. The name keeps at least this width (px) while other columns can still give way.</extracomment>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods</source>
        <translation>Mercancías</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Means of transport</source>
        <translation>Medios de transporte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Under surveillance now</source>
        <translation>En vigilancia ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New subject…</source>
        <translation>Nuevo sujeto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a name / number…</source>
        <translation>Comprobar un nombre / número…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F from anywhere</source>
        <translation>Ctrl+Shift+F desde cualquier lugar</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+40"/>
        <source>No surveillance subjects yet. Record one with “New subject…” when a partner asks for special surveillance (Art. 4.2).</source>
        <translation>Aún no hay sujetos de vigilancia. Registre uno con “Nuevo sujeto…” cuando una contraparte solicite vigilancia especial (Art. 4.2).</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No subject matches these filters.</source>
        <translation>Ningún sujeto coincide con estos filtros.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n subject(s)</source>
        <translation>
            <numerusform>%n sujeto</numerusform>
            <numerusform>%n sujetos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Possible duplicate — {0}</source>
        <translation>Posible duplicado — {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject {0} recorded; looking for possible duplicates while the watch list is prepared…</source>
        <translation>Sujeto {0} registrado; buscando posibles duplicados mientras se prepara la lista de vigilancia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject {0} recorded.</source>
        <translation>Sujeto {0} registrado.</translation>
    </message>
</context>
<context>
    <name>TerminationDialog</name>
    <message>
        <location filename="../../ui/views/agreements.py" line="-195"/>
        <source>Notice of termination ({0})</source>
        <translation>Notificación de terminación ({0})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;The agreement ends {1} after written notice ({2}); every open request under it must be completed by then.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;El acuerdo termina {1} después de la notificación por escrito ({2}); toda solicitud abierta en su marco debe concluirse para entonces.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notice given on:</source>
        <translation>Notificación dada el:</translation>
    </message>
</context>
<context>
    <name>TrialDesk</name>
    <message>
        <location filename="../../ui/dialogs/trial.py" line="+26"/>
        <source>No keyring works on this computer. Choose a passphrase for the trial desk (at least {0} characters; it holds only invented data):</source>
        <translation>Ningún llavero funciona en esta computadora. Elija una frase de contraseña para el escritorio de prueba (al menos {0} caracteres; solo contiene datos ficticios):</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <location line="+21"/>
        <source>Trial desk</source>
        <translation>Escritorio de prueba</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Too short: at least {0} characters.</source>
        <translation>Demasiado corta: al menos {0} caracteres.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opening the trial desk…</source>
        <translation>Abriendo el escritorio de prueba…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a trial desk with the invented demo data?

It is a separate encrypted store in {0}, marked &quot;Trial desk&quot; in its window. Your own desk is not changed.</source>
        <translation>¿Crear un escritorio de prueba con los datos de demostración ficticios?

Es una base de datos cifrada aparte en {0}, marcada &quot;Escritorio de prueba&quot; en su ventana. Su propio escritorio no se modifica.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Making the trial desk and loading the demo data…</source>
        <translation>Creando el escritorio de prueba y cargando los datos de demostración…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trial desk in {0} could not be opened: {1}</source>
        <translation>No se pudo abrir el escritorio de prueba en {0}: {1}</translation>
    </message>
</context>
<context>
    <name>UnlockPassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/unlock_passphrase.py" line="+33"/>
        <location line="+17"/>
        <source>Unlock passphrase</source>
        <translation>Frase de desbloqueo</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The desk&apos;s key is kept in this computer account&apos;s keyring. Choose a passphrase that only you know: the idle lock asks for it before it shows the desk again. At least {n} characters.</source>
        <translation>La clave de la base de datos se guarda en el llavero de esta cuenta de la computadora. Elija una frase de desbloqueo que solo usted conozca: el bloqueo por inactividad la pide antes de volver a mostrar el escritorio. Al menos {n} caracteres.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unlock passphrase: the two entries differ</source>
        <translation>frase de desbloqueo: las dos entradas no coinciden</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../ui/widgets/messages.py" line="+122"/>
        <source>Unsaved changes</source>
        <extracomment>Longest message shown in an error line (characters). Longest unbroken run of characters kept: a word-wrapped label cannot break inside a word, so one long run would set the label&apos;s (and the dialog&apos;s) minimum width. A Qt accelerator as translations write it after the caption: &quot;氏名（必須）(&amp;M)：&quot;. Notes a caption carries that the message itself makes plain, in the desk&apos;s languages: the whole note (&quot;Name (required)&quot;, &quot;氏名（必須）&quot;, &quot;Nombre (obligatorio)&quot;) or its last part (&quot;Name (English, required)&quot;, &quot;名称（英語、必須）&quot;, &quot;Nombre (inglés, obligatorio)&quot;). A caption&apos;s closing colon, ASCII or full-width. An article as a caption cites it, in each language of the catalogues: &quot;Art. 7.2(c)&quot; (English, Spanish), &quot;第7条第2項(c)&quot; (Japanese), &quot;条項7.2&quot; (Japanese, a number put in by a placeholder).</extracomment>
        <translation>Cambios sin guardar</translation>
    </message>
</context>
<context>
    <name>WatchCheck</name>
    <message>
        <location filename="../../ui/widgets/watch_line.py" line="+107"/>
        <source>Not checked: {0}</source>
        <extracomment>Hits listed in full; the rest are counted.</extracomment>
        <translation>No comprobado: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the watch list…</source>
        <translation>Comprobando la lista de vigilancia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No match on the watch list.</source>
        <translation>Sin coincidencias en la lista de vigilancia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… and {0} more</source>
        <translation>… y {0} más</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no end date</source>
        <translation>sin fecha de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active until {0}</source>
        <translation>activa hasta el {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lifted</source>
        <translation>levantada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active until {0}, ending soon</source>
        <translation>activa hasta el {0}, próxima a caducar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lapsed on {0}</source>
        <translation>caducó el {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>identifier</source>
        <translation>identificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1} — {2} — matched &apos;{3}&apos; ({4})</source>
        <translation>{0} {1} — {2} — coincidió con &apos;{3}&apos; ({4})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — under {0}</source>
        <translation> — solicitado en {0}</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <location filename="../../ui/widgets/workflow_bar.py" line="+52"/>
        <source>Finalise &amp;&amp; send</source>
        <extracomment>Targets that always need the outcome dialog (grounds, statement, conditions). Targets that end the work on a request, so they are confirmed first. Buttons per row: the bar sits in a narrow detail pane, so it wraps instead of widening it.</extracomment>
        <translation>Finalizar &amp;&amp; enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>Acusar recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Iniciar trámite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark executed</source>
        <translation>Marcar como ejecutada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In part…</source>
        <translation>En parte…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions…</source>
        <translation>Condiciones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postpone…</source>
        <translation>Aplazar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse…</source>
        <translation>Denegar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withhold (11.3)…</source>
        <translation>Suspender (11.3)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark answered</source>
        <translation>Marcar como respondida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assign…</source>
        <translation>Asignar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirmed in writing…</source>
        <translation>Confirmada por escrito…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the written confirmation of this oral request (Art. 7.1)</source>
        <translation>Registrar la confirmación por escrito de esta solicitud verbal (Art. 7.1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Records the outcome of the consultation (Art. 11.3)</source>
        <translation>Registra el resultado de la consulta (Art. 11.3)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark {ref} as {status}? Work on it ends.</source>
        <translation>¿Cambiar {ref} al estado {status}? Con ello concluye su trámite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Not done</source>
        <translation>No realizado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Officer:</source>
        <translation>Funcionario:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
</context>
<context>
    <name>WriteReturnDialog</name>
    <message>
        <location filename="../../ui/dialogs/field_kit.py" line="+35"/>
        <source>Write field return</source>
        <translation>Generar retorno de campo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The return holds everything done on this field desk since the kit was made, and its audit log. Take it back to the desk and merge it there.</source>
        <translation>El retorno contiene todo lo hecho en este escritorio de campo desde que se preparó el paquete, con su registro de auditoría. Llévelo de vuelta al escritorio e intégrelo allí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field returns (*.return)</source>
        <translation>Retornos de campo (*.return)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kit passphrase:</source>
        <translation>Frase de contraseña del paquete:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the return as:</source>
        <translation>Guardar el retorno como:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose where to save the return.</source>
        <translation>Elija dónde guardar el retorno.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the field return…</source>
        <translation>Generando el retorno de campo…</translation>
    </message>
</context>
<context>
    <name>_EntryDialog</name>
    <message>
        <location filename="../../ui/dialogs/directory.py" line="-214"/>
        <source>&amp;Reload and reapply</source>
        <translation>&amp;Volver a cargar y reaplicar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the record as the other officer saved it and put your changes back on top</source>
        <translation>Leer el registro tal como lo guardó el otro funcionario y volver a aplicar encima sus propios cambios</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0} ({1}):</source>
        <translation>{0} ({1}):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ({1}, required):</source>
        <translation>{0} ({1}, obligatorio):</translation>
    </message>
</context>
<context>
    <name>_FileRow</name>
    <message>
        <location filename="../../ui/dialogs/field_kit.py" line="-182"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field kit file</source>
        <translation>Archivo del paquete de campo</translation>
    </message>
</context>
<context>
    <name>_MergeWords</name>
    <message>
        <location line="+184"/>
        <source>Return {0} of kit {1} was already merged; nothing changed.</source>
        <translation>El retorno {0} del paquete {1} ya se había integrado; no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Return {0} of kit {1} merged: %n record(s) added.</source>
        <translation>
            <numerusform>Retorno {0} del paquete {1} integrado: %n registro agregado.</numerusform>
            <numerusform>Retorno {0} del paquete {1} integrado: %n registros agregados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} (field) is now {1}.</source>
        <translation>{0} (de campo) ahora es {1}.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n edit(s) of the field applied.</source>
        <translation>
            <numerusform>Se aplicó %n cambio de campo.</numerusform>
            <numerusform>Se aplicaron %n cambios de campo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) to resolve on the Conflicts page.</source>
        <translation>
            <numerusform>%n conflicto por resolver en la página Conflictos.</numerusform>
            <numerusform>%n conflictos por resolver en la página Conflictos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+83"/>
        <source>Something went wrong inside Liaison Desk ({kind}: {msg}). Nothing was half-saved: every change is one transaction. The details are in the log.</source>
        <translation>Algo falló dentro de Liaison Desk ({kind}: {msg}). Nada quedó guardado a medias: cada cambio es una sola transacción. Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Liaison Desk</source>
        <translation>Liaison Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log: {path}</source>
        <translation>Archivo de registro: {path}</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <location filename="../../ui/lock.py" line="+209"/>
        <source>Copy confidential information</source>
        <translation>Copiar información confidencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This information was given in confidence (Art. 9.3). It will be removed from the clipboard after 60 seconds. Copy it?</source>
        <translation>Esta información se facilitó con carácter confidencial (Art. 9.3). Se eliminará del portapapeles después de 60 segundos. ¿Desea copiarla?</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../ui/startup.py" line="+177"/>
        <source>Liaison Desk cannot start</source>
        <extracomment>Files of the store that must be writable in place (SQLite writes the WAL beside the DB).</extracomment>
        <translation>Liaison Desk no puede iniciar</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="+70"/>
        <source>Opening the store…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
</context>
</TS>
