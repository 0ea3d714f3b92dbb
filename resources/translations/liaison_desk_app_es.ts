<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX">
<context>
    <name>Agreement</name>
    <message>
        <location filename="../../app/treaty/wording.py" line="+21"/>
        <source>English text</source>
        <extracomment>The label of an article&apos;s text shown in another language than English (the English text).</extracomment>
        <translation>texto en inglés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Japan–US Customs Mutual Assistance Agreement (1997)</source>
        <extracomment>The short titles of the shipped agreements (how lists and choosers name an agreement; the full titles are in the files themselves, in each letter language).</extracomment>
        <translation>Acuerdo Japón–Estados Unidos de asistencia mutua aduanera (1997)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan–Mexico Customs Mutual Assistance Agreement (2017)</source>
        <translation>Acuerdo Japón–México de asistencia mutua en materia aduanera (2017)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Definitions</source>
        <extracomment>Article headings of the shipped agreements.</extracomment>
        <translation>Definiciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope of assistance</source>
        <translation>Alcance de la asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange of information</source>
        <translation>Intercambio de información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification, special surveillance and information on offences</source>
        <translation>Verificación, vigilancia especial e información sobre infracciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents on transport and shipment</source>
        <translation>Documentos de transporte y envío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consulting books and registers</source>
        <translation>Consulta de libros y registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form and content of requests</source>
        <translation>Forma y contenido de las solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution of requests</source>
        <translation>Ejecución de las solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use and confidentiality of information</source>
        <translation>Uso y confidencialidad de la información</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use of information as evidence</source>
        <translation>Uso de la información como prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exceptions to the obligation to assist</source>
        <translation>Excepciones a la obligación de prestar asistencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenses</source>
        <translation>Gastos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations and implementing arrangements</source>
        <translation>Consultas y arreglos de aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry into force, termination and review</source>
        <translation>Entrada en vigor, terminación y revisión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Information necessary to ensure proper application of customs laws and to prevent, investigate and repress customs offences, given on the administration&apos;s own initiative.</source>
        <extracomment>Descriptions of the legal bases and grounds of the shipped agreements.</extracomment>
        <translation>Información necesaria para la correcta aplicación de la legislación aduanera y para prevenir, investigar y reprimir las infracciones aduaneras, proporcionada por iniciativa propia de la administración.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether goods imported into the requesting country were lawfully exported from the requested country.</source>
        <translation>Si las mercancías importadas en el país requirente fueron exportadas legalmente del país requerido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether goods exported from the requesting country were lawfully imported into the requested country.</source>
        <translation>Si las mercancías exportadas del país requirente fueron importadas legalmente en el país requerido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On request, the customs procedure used for clearing the goods covered by a verification under 4.1(a).</source>
        <translation>A solicitud, el régimen aduanero aplicado al despacho de las mercancías objeto de una verificación conforme al 4.1(a).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information on and special surveillance of persons known or suspected to have committed a customs offence, particularly those moving into and out of the requested country. Within available resources.</source>
        <translation>Información sobre personas que se sabe o se sospecha que han cometido una infracción aduanera, en particular las que entran y salen del país requerido, y vigilancia especial de ellas. Dentro de los recursos disponibles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Information on and special surveillance of goods in transport or storage suspected of being controlled items bound for the requesting country. Within available resources.</source>
        <translation>Información sobre mercancías en tránsito o almacenadas que se sospecha son artículos controlados con destino al país requirente, y vigilancia especial de ellas. Dentro de los recursos disponibles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information on and special surveillance of means of transport suspected of use in a customs offence in the requesting country. Within available resources.</source>
        <translation>Información sobre medios de transporte que se sospecha se utilizan en una infracción aduanera en el país requirente, y vigilancia especial de ellos. Dentro de los recursos disponibles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available information on activities that may result in customs offences in the requesting country, asked for by request.</source>
        <translation>Información disponible sobre actividades que puedan dar lugar a infracciones aduaneras en el país requirente, pedida mediante solicitud.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information relevant to serious customs offences that could substantially damage the economy, public health, public security or another vital interest of the other country; it must be passed on without waiting for a request (4.3(b)).</source>
        <translation>Información relativa a infracciones aduaneras graves que puedan causar un daño sustancial a la economía, la salud pública, la seguridad pública u otro interés vital del otro país; debe transmitirse sin esperar una solicitud (4.3(b)).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents on the transportation and shipment of goods showing their value, disposition and destination; computer-based form unless the requester says otherwise, with what is needed to interpret them.</source>
        <translation>Documentos de transporte y envío de las mercancías que indiquen su valor, destino y disposición; en forma electrónica salvo que el requirente indique otra cosa, con lo necesario para interpretarlos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Designated officials of the requesting administration consult books, registers and data media in the requested administration&apos;s offices and take copies, with its consent and under its conditions.</source>
        <translation>Funcionarios designados de la administración requirente consultan libros, registros y soportes de datos en las oficinas de la administración requerida y obtienen copias, con su consentimiento y en sus condiciones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Designated officials of the requesting administration are present during the inquiry in the requested country, if that Party agrees and under its conditions.</source>
        <translation>Funcionarios designados de la administración requirente están presentes durante la investigación en el país requerido, si esa Parte lo acepta y en sus condiciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The requested administration advises the time and place of the action it will take, so that action can be coordinated.</source>
        <translation>La administración requerida informa la fecha y el lugar de la acción que realizará, para que puedan coordinarse las acciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information already obtained under the agreement is needed as evidence in criminal investigation, prosecution or judicial proceedings; the request goes through the diplomatic channel.</source>
        <translation>Información ya obtenida conforme al Acuerdo se necesita como prueba en una investigación penal, un enjuiciamiento o un procedimiento judicial; la solicitud se cursa por la vía diplomática.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assistance would infringe upon the sovereignty of the requested Party.</source>
        <translation>La asistencia podría menoscabar la soberanía de la Parte requerida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance would infringe upon the security of the requested Party.</source>
        <translation>La asistencia podría menoscabar la seguridad de la Parte requerida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance would infringe upon the public policy of the requested Party.</source>
        <translation>La asistencia podría ser contraria al orden público de la Parte requerida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance would infringe upon another substantial interest of the requested Party.</source>
        <translation>La asistencia podría menoscabar otro interés sustancial de la Parte requerida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requesting administration could not comply with a similar request; execution is at the requested administration&apos;s discretion.</source>
        <translation>La administración requirente no podría atender una solicitud similar; la ejecución queda a discreción de la administración requerida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assistance would interfere with an ongoing investigation (including by law enforcement agencies), prosecution or judicial proceeding; the requesting administration is consulted on terms or conditions.</source>
        <translation>La asistencia interferiría con una investigación en curso (incluso de organismos encargados de hacer cumplir la ley), un enjuiciamiento o un procedimiento judicial; se consulta a la administración requirente sobre términos o condiciones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agreement is implemented within the available resources of the requested administration.</source>
        <translation>El Acuerdo se aplica dentro de los recursos disponibles de la administración requerida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Special surveillance is provided only within the limits of the requested administration&apos;s available resources.</source>
        <translation>La vigilancia especial solo se presta dentro de los límites de los recursos disponibles de la administración requerida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request lacks information required by Article 7.2 (administration, nature of proceedings, object and reason, or description and legal elements).</source>
        <translation>La solicitud carece de información exigida por el artículo 7(2) (administración, naturaleza del procedimiento, objeto y motivo, o descripción y elementos jurídicos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request does not concern the application of customs laws or the prevention, investigation or repression of customs offences.</source>
        <translation>La solicitud no se refiere a la aplicación de la legislación aduanera ni a la prevención, investigación o represión de infracciones aduaneras.</translation>
    </message>
</context>
<context>
    <name>AuditProblem</name>
    <message>
        <location filename="../../app/security/audit.py" line="+100"/>
        <source>audit entry {entry}: its detail does not match its digest (altered)</source>
        <extracomment>The problems ``iter_problems`` reports: English for the CLI (``verify``), the window&apos;s language on the Audit page (``app.i18n``).</extracomment>
        <translation>entrada de auditoría {entry}: su detalle no coincide con su resumen (alterada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit entry {entry}: previous-hash link broken (an entry before it was altered, removed or inserted)</source>
        <translation>entrada de auditoría {entry}: enlace con el hash anterior roto (una entrada previa fue alterada, eliminada o insertada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit entry {entry}: its hash does not match its contents (altered)</source>
        <translation>entrada de auditoría {entry}: su hash no coincide con su contenido (alterada)</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message numerus="yes">
        <location filename="../../app/treaty/clocks.py" line="+116"/>
        <source>received {start}; +%n business day(s) in {country} → {end}</source>
        <translation>
            <numerusform>recibida el {start}; +%n día hábil en {country} → {end}</numerusform>
            <numerusform>recibida el {start}; +%n días hábiles en {country} → {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>received {start}; +%n business day(s) in {country}, skipping {skipped} → {end}</source>
        <translation>
            <numerusform>recibida el {start}; +%n día hábil en {country}, sin contar {skipped} → {end}</numerusform>
            <numerusform>recibida el {start}; +%n días hábiles en {country}, sin contar {skipped} → {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>from {start}; +%n business day(s) in {country} → {end}</source>
        <translation>
            <numerusform>a partir del {start}; +%n día hábil en {country} → {end}</numerusform>
            <numerusform>a partir del {start}; +%n días hábiles en {country} → {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>from {start}; +%n business day(s) in {country}, skipping {skipped} → {end}</source>
        <translation>
            <numerusform>a partir del {start}; +%n día hábil en {country}, sin contar {skipped} → {end}</numerusform>
            <numerusform>a partir del {start}; +%n días hábiles en {country}, sin contar {skipped} → {end}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} {holiday}</source>
        <translation>{day} ({holiday})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (clamped to the end of the month)</source>
        <translation> (ajustada al último día del mes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{how} (desk policy)</source>
        <translation>{how} (criterio de la oficina)</translation>
    </message>
    <message numerus="yes">
        <location line="+113"/>
        <source>notice of termination given {notice}; +%n calendar month(s) (Art. {article}) → {end}{note}</source>
        <extracomment>The model agreement&apos;s clauses (Japan–US 1997), used where a catalogue states no other: termination three months after written notice (Art. 14.2), review after five years (Art. 14.3).</extracomment>
        <translation>
            <numerusform>aviso de terminación dado el {notice}; +%n mes calendario (art. {article}) → {end}{note}</numerusform>
            <numerusform>aviso de terminación dado el {notice}; +%n meses calendario (art. {article}) → {end}{note}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>in force {start}; +%n year(s) (Art. {article}) → {end}{note}</source>
        <translation>
            <numerusform>en vigor desde el {start}; +%n año (art. {article}) → {end}{note}</numerusform>
            <numerusform>en vigor desde el {start}; +%n años (art. {article}) → {end}{note}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no due date set; termination of the agreement on {end} is the deadline (Art. {article})</source>
        <translation>sin fecha límite; la terminación del Acuerdo el {end} es el plazo (art. {article})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due {due}; capped by termination of the agreement on {end} (Art. {article})</source>
        <translation>vence el {due}; limitado por la terminación del Acuerdo el {end} (art. {article})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due {due} (before termination of the agreement on {end})</source>
        <translation>vence el {due} (antes de la terminación del Acuerdo el {end})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due {due}</source>
        <translation>vence el {due}</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <location filename="../../app/treaty/completeness.py" line="+56"/>
        <source>the administration making the request</source>
        <translation>la administración que formula la solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the nature of the proceedings</source>
        <translation>la naturaleza del procedimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the object and reason of the request</source>
        <translation>el objeto y el motivo de la solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the names and addresses of the parties concerned</source>
        <translation>los nombres y domicilios de las partes interesadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a brief description of the matter and the legal elements</source>
        <translation>una breve descripción del asunto y los elementos jurídicos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the administration giving the information</source>
        <extracomment>Directions that carry spontaneous information (Art. 3.1): no ask, so no Art. 7.2. What spontaneous information must carry (Art. 3.1, 4.3), in the same store fields as a request&apos;s elements (plus the title). ``letter`` names the element for the UI, not Art. 7.2.</extracomment>
        <translation>la administración que proporciona la información</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a subject saying what the information is about</source>
        <translation>un asunto que indique de qué trata la información</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the information provided</source>
        <translation>la información proporcionada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a description of the goods</source>
        <extracomment>Human names of the ``extra_fields`` a basis can call for (catalogue JSON ``bases[].extra_fields``).</extracomment>
        <translation>una descripción de las mercancías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the customs declaration number</source>
        <translation>el número de la declaración aduanera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the identity of the person (name, date of birth, documents)</source>
        <translation>la identidad de la persona (nombre, fecha de nacimiento, documentos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a vessel, aircraft or vehicle identifier</source>
        <translation>un identificador de buque, aeronave o vehículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the documents requested</source>
        <translation>los documentos solicitados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether computer-based form is acceptable (Art. 5.2)</source>
        <translation>si se acepta la forma electrónica (art. 5.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the designated officials concerned</source>
        <translation>los funcionarios designados de que se trate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the books, registers or data media to consult</source>
        <translation>los libros, registros o soportes de datos que se consultarán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the information wanted as evidence</source>
        <translation>la información que se necesita como prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the criminal proceedings concerned</source>
        <translation>el procedimiento penal de que se trate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} is required</source>
        <translation>se requiere {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} are required</source>
        <translation>se requieren {what}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{what} should be given if known</source>
        <translation>{what}: indíquelo si se conoce</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at least one legal basis (article of the agreement) is required</source>
        <translation>se requiere al menos un fundamento jurídico (artículo del Acuerdo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{code} ({basis}) without {what}</source>
        <translation>{code} ({basis}) sin {what}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{code} is not a legal basis of {agreement}</source>
        <translation>{code} no es un fundamento jurídico de {agreement}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a legal basis is required: spontaneous information (3.1 or 4.3)</source>
        <translation>se requiere un fundamento jurídico: información espontánea (3.1 o 4.3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{code} ({basis}) is a basis for requests; spontaneous information rests on 3.1 or 4.3</source>
        <translation>{code} ({basis}) es un fundamento para solicitudes; la información espontánea se basa en 3.1 o 4.3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the serious offence and the harm it could do (economy, public health, public security, another vital interest) should be described</source>
        <translation>deben describirse la infracción grave y el daño que podría causar (economía, salud pública, seguridad pública u otro interés vital)</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../../app/treaty/clocks.py" line="-172"/>
        <source>JP</source>
        <extracomment>The languages a holiday&apos;s name is also given in (the window&apos;s languages). Countries named in explanations: the code in English (&quot;in JP&quot;), the name in the window.</extracomment>
        <translation>Japón</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US</source>
        <translation>EE. UU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MX</source>
        <translation>México</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../../app/services/search/labels.py" line="+80"/>
        <source>Request letter (7.1)</source>
        <extracomment>Longest stretch of free text (a title, a summary) a label carries; the rest is in the record. Short names of the letters the desk prints, with the article each one serves.</extracomment>
        <translation>Carta de solicitud (7.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written confirmation of an oral request (7.1)</source>
        <translation>Confirmación por escrito de una solicitud verbal (7.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of reasons (11.4)</source>
        <translation>Exposición de motivos (11.4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation letter (11.3)</source>
        <translation>Carta de consulta (11.3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for written approval (9.1)</source>
        <translation>Solicitud de aprobación por escrito (9.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance notice of disclosure (9.4)</source>
        <translation>Notificación previa de divulgación (9.4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover note for an evidence request (10.2)</source>
        <translation>Nota de envío de una solicitud de pruebas (10.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgement of receipt</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spontaneous information letter (3.1, 4.3)</source>
        <translation>Carta de información espontánea (3.1, 4.3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachment</source>
        <extracomment>Documents that are not letters: files the officer attached or received.</extracomment>
        <translation>Anexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written approval (9.1)</source>
        <translation>Aprobación por escrito (9.1)</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <location filename="../../app/services/due.py" line="+384"/>
        <source>{first}; {then}</source>
        <extracomment>Statuses whose due clock runs, named (IN, not NOT IN): most stored requests are closed, and the status index then finds the few open ones without reading the rest. Every kind of clock, in the order of their officer&apos;s words (see ``_WHAT_RANK``). Sort keys, one per column of the list: Due, State, What, Record, How. A terminated agreement stays on the list this long after its termination date. The &quot;What&quot; column reads &quot;&lt;kind&apos;s words&gt;: &lt;label&gt;&quot;; these ranks sort the kinds as their English words do (Agreement terminating, Request due, Surveillance period ends, Surveillance review, Written confirmation), then the record&apos;s title. ORDER BY per column, as result columns of the union: then every page is one compound SELECT whose branches are merged in order (each branch sorted on its own, by an index where there is one) and LIMIT stops the merge early, instead of sorting every clock. The State column sorts as Due does: overdue, due soon and later are bands of the date itself.</extracomment>
        <translation>{first}; {then}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} ({direction})</source>
        <translation>{label} ({direction})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} — written confirmation of an oral request (Art. 7.1)</source>
        <translation>{key} — confirmación por escrito de una solicitud verbal (art. 7.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} — written confirmation of an oral request (Art. 7.1): {title}</source>
        <translation>{key} — confirmación por escrito de una solicitud verbal (art. 7.1): {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>termination on {day}</source>
        <translation>terminación el {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{agreement} terminates; open requests under it must be completed by then (Art. {article})</source>
        <translation>{agreement} termina; las solicitudes en curso conforme a él deben concluirse antes (art. {article})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} — surveillance of {subject} lapsed: lift it, or extend it with a new request (Art. 4.2)</source>
        <translation>{key} — la vigilancia de {subject} venció: levántela o prorróguela con una nueva solicitud (art. 4.2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} — surveillance of {subject} ends (Art. 4.2)</source>
        <translation>{key} — termina la vigilancia de {subject} (art. 4.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of the surveillance period set for {key}: {end}</source>
        <translation>fin del periodo de vigilancia fijado para {key}: {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of the surveillance period set for {key}: {end} (period began {start})</source>
        <translation>fin del periodo de vigilancia fijado para {key}: {end} (inicio el {start})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} — review surveillance of {subject} (Art. 4.2)</source>
        <translation>{key} — revisar la vigilancia de {subject} (art. 4.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review date set for {key}: {day}</source>
        <translation>fecha de revisión fijada para {key}: {day}</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../../app/treaty/restrictions.py" line="+191"/>
        <source>information received may not be used as evidence in criminal proceedings until a request for it through the diplomatic channel (10.2) has been answered</source>
        <extracomment>Kinds of authority on the maintained list. Kinds of authority that count as law enforcement (Art. 9.2) unless the officer says otherwise. Marking codes printed on letters, most restrictive first (same order as app.documents). Verdicts from least to most severe.</extracomment>
        <translation>la información recibida no puede usarse como prueba en un proceso penal hasta que se responda una solicitud por la vía diplomática (10.2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>disclosure required by law: give the provider advance notice wherever possible</source>
        <translation>divulgación exigida por la ley: avise previamente a la administración que la facilitó siempre que sea posible</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the provider notified on {notice} that this information may not go to law-enforcement agencies such as {authority}</source>
        <translation>la administración que la facilitó notificó el {notice} que esta información no puede entregarse a autoridades encargadas de hacer cumplir la ley como {authority}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the provider notified that this information may not go to law-enforcement agencies such as {authority}</source>
        <translation>la administración que la facilitó notificó que esta información no puede entregarse a autoridades encargadas de hacer cumplir la ley como {authority}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use by {authority} for {purpose} needs the provider&apos;s written approval naming that authority</source>
        <translation>el uso por {authority} para {purpose} requiere la aprobación por escrito de la administración que la facilitó, en la que se nombre a esa autoridad</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>this entry was corrected; disclose the corrected entry instead</source>
        <translation>este registro fue corregido; divulgue el registro corregido</translation>
    </message>
</context>
<context>
    <name>IdCheck</name>
    <message>
        <location filename="../../app/matching/identifiers.py" line="+99"/>
        <source>container {number}: expected owner code (3 letters), category U/J/Z/R, 6 digits and a check digit (ISO 6346)</source>
        <translation>contenedor {number}: se esperaba código de propietario (3 letras), categoría U/J/Z/R, 6 dígitos y un dígito de control (ISO 6346)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>container {code}: check digit missing, should be {expected} (ISO 6346)</source>
        <translation>contenedor {code}: falta el dígito de control, debería ser {expected} (ISO 6346)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>container {code}: check digit should be {expected} (ISO 6346)</source>
        <translation>contenedor {code}: el dígito de control debería ser {expected} (ISO 6346)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>container {code}: valid (ISO 6346)</source>
        <translation>contenedor {code}: válido (ISO 6346)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>IMO number {number}: expected 7 digits</source>
        <translation>número IMO {number}: se esperaban 7 dígitos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>MMSI {number}: expected 9 digits</source>
        <translation>MMSI {number}: se esperaban 9 dígitos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>AWB {number}: expected 11 digits</source>
        <translation>AWB {number}: se esperaban 11 dígitos</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>IMO {code}: check digit should be {expected}</source>
        <translation>IMO {code}: el dígito de control debería ser {expected}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMO {code}: valid</source>
        <translation>IMO {code}: válido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MMSI {code}: valid</source>
        <translation>MMSI {code}: válido</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>AWB {code}: check digit should be {expected} (serial mod 7)</source>
        <translation>AWB {code}: el dígito de control debería ser {expected} (número de serie módulo 7)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AWB {code}: valid</source>
        <translation>AWB {code}: válido</translation>
    </message>
</context>
<context>
    <name>IdentifierType</name>
    <message>
        <location filename="../../app/matching/idindex.py" line="+32"/>
        <source>passport</source>
        <translation>pasaporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container</source>
        <translation>contenedor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plate</source>
        <translation>placa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registration</source>
        <translation>matrícula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call sign</source>
        <translation>distintivo de llamada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>documento</translation>
    </message>
</context>
<context>
    <name>LetterKindRefusal</name>
    <message>
        <location filename="../../app/services/letters/context.py" line="+176"/>
        <source>{letter} is not written for {direction} requests (only {allowed})</source>
        <extracomment>The reasons of ``kind_refusal`` ({letter}: &quot;a consultation letter&quot; in English).</extracomment>
        <translation>«{letter}» no se redacta para solicitudes en la dirección {direction} (solo {allowed})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{letter} does not apply while the request is {status} (only when {allowed})</source>
        <translation>«{letter}» no procede mientras la solicitud está en estado «{status}» (solo en: {allowed})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an oral confirmation is only for a request first made orally (Art. {article})</source>
        <translation>una confirmación por escrito solo procede para una solicitud formulada primero verbalmente (art. {article})</translation>
    </message>
</context>
<context>
    <name>LetterProblem</name>
    <message>
        <location filename="../../app/documents/kinds/approval_request.py" line="+20"/>
        <source>the information concerned is not described (Art. 9.1)</source>
        <translation>no se describe la información de que se trata (art. 9.1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the authority that would use the information is not named (Art. 9.1)</source>
        <translation>no se indica la autoridad que usaría la información (art. 9.1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the purpose of the use is blank (Art. 9.1)</source>
        <translation>el propósito del uso está en blanco (art. 9.1)</translation>
    </message>
    <message>
        <location filename="../../app/documents/kinds/consultation.py" line="+20"/>
        <source>the explanation of why assistance is withheld is blank (Art. 11.3)</source>
        <translation>la explicación de por qué se suspende la asistencia está en blanco (art. 11.3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no ground is given (Art. 11.3)</source>
        <translation>no se indica ningún motivo (art. 11.3)</translation>
    </message>
    <message>
        <location filename="../../app/documents/kinds/disclosure_notice.py" line="+20"/>
        <source>the information to be disclosed is not described (Art. 9.4)</source>
        <translation>no se describe la información que se divulgará (art. 9.4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the recipient of the disclosure is not named (Art. 9.4)</source>
        <translation>no se indica el destinatario de la divulgación (art. 9.4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the legal obligation to disclose is blank (Art. 9.4)</source>
        <translation>la obligación legal de divulgar está en blanco (art. 9.4)</translation>
    </message>
    <message>
        <location filename="../../app/documents/kinds/evidence_cover.py" line="+20"/>
        <source>the information needed as evidence is not described (Art. 10.2)</source>
        <translation>no se describe la información que se necesita como prueba (art. 10.2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the proceedings in which the evidence is needed are blank (Art. 10.2)</source>
        <translation>el procedimiento en el que se necesita la prueba está en blanco (art. 10.2)</translation>
    </message>
    <message>
        <location filename="../../app/documents/kinds/oral_confirmation.py" line="+23"/>
        <source>the date and time of the oral request are missing (Art. 7.1)</source>
        <translation>faltan la fecha y la hora de la solicitud verbal (art. 7.1)</translation>
    </message>
    <message>
        <location filename="../../app/documents/kinds/request.py" line="+22"/>
        <source>Art. 7.2(a): the administration making the request is missing</source>
        <extracomment>The 7.2 items whose absence makes a request incomplete ((d) applies only &quot;if known&quot;).</extracomment>
        <translation>art. 7.2(a): falta la administración que formula la solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 7.2(b): the nature of the proceedings is missing</source>
        <translation>art. 7.2(b): falta la naturaleza del procedimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 7.2(c): the object and the reason for the request are missing</source>
        <translation>art. 7.2(c): faltan el objeto y el motivo de la solicitud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Art. 7.2(e): the description of the matter and the legal elements are missing</source>
        <translation>art. 7.2(e): faltan la descripción del asunto y los elementos jurídicos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no article of the agreement is relied on (Art. 7.1)</source>
        <translation>no se invoca ningún artículo del Acuerdo (art. 7.1)</translation>
    </message>
    <message>
        <location filename="../../app/documents/kinds/spontaneous_information.py" line="+32"/>
        <source>the administration giving the information is missing (Art. 3.1)</source>
        <extracomment>The articles spontaneous information may rest on (Art. 3.1, 4.3). Catalogue codes may carry a variant after a hyphen (&quot;4.3-spontaneous&quot; is Art. 4.3 on own initiative), so the article is the part before it. What the record must carry before the letter can be final (Art. 3.1); the treaty layer&apos;s own check (app.treaty.completeness, SPONTANEOUS_ELEMENTS) is added by the caller.</extracomment>
        <translation>falta la administración que proporciona la información (art. 3.1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the information provided is missing (Art. 3.1)</source>
        <translation>falta la información proporcionada (art. 3.1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the subject of the information is missing (Art. 3.1)</source>
        <translation>falta el asunto de la información (art. 3.1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no article allowing information without a request is relied on (Art. 3.1 or 4.3)</source>
        <translation>no se invoca ningún artículo que permita informar sin solicitud (art. 3.1 o 4.3)</translation>
    </message>
    <message>
        <location filename="../../app/documents/kinds/statement_of_reasons.py" line="+25"/>
        <source>the decision (refused, postponed, conditional) is missing (Art. 11.4)</source>
        <translation>falta la decisión (denegada, aplazada, condicionada) (art. 11.4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the date execution is postponed until is missing (Art. 11.4)</source>
        <translation>falta la fecha hasta la que se aplaza la ejecución (art. 11.4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the conditions of execution are missing (Art. 11.1)</source>
        <translation>faltan las condiciones de ejecución (art. 11.1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no ground is given (Art. 11)</source>
        <translation>no se indica ningún motivo (art. 11)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the statement of reasons is blank (Art. 11.4)</source>
        <translation>la exposición de motivos está en blanco (art. 11.4)</translation>
    </message>
    <message>
        <location filename="../../app/documents/problems.py" line="+13"/>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese</source>
        <translation>japonés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>español</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {language} version is missing (Art. {article})</source>
        <translation>falta la versión en {language} (art. {article})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{key}: {problem}</source>
        <extracomment>A problem as one line: the field&apos;s key, then what is wrong (``ui`` puts the form&apos;s caption in place of the key, and words ``problem`` in its language).</extracomment>
        <translation>{key}: {problem}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the document number is blank</source>
        <translation>el número de documento está en blanco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>our reference is blank</source>
        <translation>nuestra referencia está en blanco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sending administration is blank</source>
        <translation>la administración remitente está en blanco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the addressee administration is blank (Art. 7.3)</source>
        <translation>la administración destinataria está en blanco (art. 7.3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the partner&apos;s designated official is not named (Art. 7.3)</source>
        <translation>no se indica el funcionario designado de la contraparte (art. 7.3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signatory is blank</source>
        <translation>el firmante está en blanco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agreement is not named</source>
        <translation>no se indica el Acuerdo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the partner&apos;s reference of the request answered is blank</source>
        <translation>la referencia de la contraparte de la solicitud que se responde está en blanco</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the date of the request answered is missing</source>
        <translation>falta la fecha de la solicitud que se responde</translation>
    </message>
    <message>
        <location filename="../../app/services/letters/context.py" line="+13"/>
        <source>{message} (Art. {article})</source>
        <extracomment>An Art. 7.2 finding as a letter problem: the same line as ``str(finding)``.</extracomment>
        <translation>{message} (art. {article})</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <location filename="../../app/i18n.py" line="+159"/>
        <source>, </source>
        <extracomment>The separator of a list given as a parameter (a tuple): &quot;, &quot; in English, &quot;、&quot; in Japanese.</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>MatchReason</name>
    <message>
        <location filename="../../app/matching/idindex.py" line="+3"/>
        <source>identifier: {kind} {stored} exact</source>
        <extracomment>Why an identifier matched (``IdHit.reason``): English for the CLI, the window&apos;s language there.</extracomment>
        <translation>identificador: {kind} {stored} idéntico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identifier: {kind} {stored} exact; {note}</source>
        <translation>identificador: {kind} {stored} idéntico; {note}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identifier: container {stored} matches on owner code and serial; {note}</source>
        <translation>identificador: el contenedor {stored} coincide en código de propietario y número de serie; {note}</translation>
    </message>
    <message>
        <location filename="../../app/matching/engine.py" line="+43"/>
        <source>name: exact (normalised) {name}</source>
        <extracomment>Why a name matched (``Hit.reason``): English for the CLI, worded in the window&apos;s language.</extracomment>
        <translation>nombre: idéntico (normalizado) a {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name: romanisation variant of {name} (kana/kanji reading)</source>
        <translation>nombre: variante de romanización de {name} (lectura kana/kanji)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name: romanisation variant of {name} (Hepburn/Kunrei/passport)</source>
        <translation>nombre: variante de romanización de {name} (Hepburn/Kunrei/pasaporte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name: same letters as {name} written without spaces</source>
        <translation>nombre: mismas letras que {name} escrito sin espacios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name: fuzzy {score:g} vs {name}</source>
        <translation>nombre: parecido {score:g} con {name}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>name: fuzzy {score:g} vs {name}; %n name part(s) on one side only</source>
        <translation>
            <numerusform>nombre: parecido {score:g} con {name}; %n parte del nombre solo en un lado</numerusform>
            <numerusform>nombre: parecido {score:g} con {name}; %n partes del nombre solo en un lado</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../app/services/admin/settings.py" line="+108"/>
        <source>the Japanese profile has no name: the English name is used</source>
        <extracomment>The letter language the Letters dialog and ``print`` start from, in order of preference; empty: the agreement&apos;s first language. Statistics: an open request with no activity for this many days is &quot;cold&quot; (app.services.stats). Letter languages with a section of their own in the profile; English is the top level. Fields of the profile kept per language, and the ones kept once. Letter languages a ``letter_languages`` entry may name (app.documents.LANGUAGES, kept here so reading settings never imports the renderer). What a letter in another language borrows from the English profile, in words.</extracomment>
        <translation>el perfil japonés no tiene nombre: se usa el nombre en inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Japanese profile has no title: the English title is used</source>
        <translation>el perfil japonés no tiene cargo: se usa el cargo en inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Japanese profile has no signature: the English signature is used</source>
        <translation>el perfil japonés no tiene firma: se usa la firma en inglés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Spanish profile has no name: the English name is used</source>
        <translation>el perfil en español no tiene nombre: se usa el nombre en inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Spanish profile has no title: the English title is used</source>
        <translation>el perfil en español no tiene cargo: se usa el cargo en inglés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Spanish profile has no signature: the English signature is used</source>
        <translation>el perfil en español no tiene firma: se usa la firma en inglés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{gap} (Settings ▸ Profile)</source>
        <translation>{gap} (Configuración ▸ Perfil)</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <location filename="../../app/treaty/restrictions.py" line="-195"/>
        <source>customs purposes (Art. 2.1)</source>
        <extracomment>Purposes a disclosure may serve.</extracomment>
        <translation>fines aduaneros (Art. 2.1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intelligence (not as evidence)</source>
        <translation>inteligencia (no como prueba)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence in criminal proceedings (Art. 10)</source>
        <translation>prueba en un proceso penal (Art. 10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disclosure required by law (Art. 9.4)</source>
        <translation>divulgación exigida por la ley (Art. 9.4)</translation>
    </message>
</context>
<context>
    <name>Reciprocity</name>
    <message>
        <location filename="../../app/treaty/reciprocity.py" line="+45"/>
        <source>We could not comply with a similar request, so the request must draw attention to that fact (Art. 11.2).</source>
        <translation>No podríamos atender una solicitud similar, por lo que la solicitud debe señalarlo (art. 11.2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The requesting administration could not comply with a similar request; executing it is at our discretion (Art. 11.2).</source>
        <translation>La administración requirente no podría atender una solicitud similar; su ejecución queda a nuestra discreción (art. 11.2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reciprocity does not apply to spontaneous information (Art. 11.2 covers requests).</source>
        <translation>La reciprocidad no se aplica a la información espontánea (el art. 11.2 se refiere a solicitudes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reciprocity limitation noted (Art. 11.2).</source>
        <translation>No se señala limitación de reciprocidad (art. 11.2).</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../app/services/validation.py" line="+32"/>
        <source>is required</source>
        <extracomment>The largest record number (a row id) any store holds: a 32-bit integer column on PostgreSQL. A larger number names no record; it is never looked up (the server would refuse the query). The most common refusal: a required field left empty.</extracomment>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>was changed by another officer after you opened it; nothing was saved; reload it and apply your changes again</source>
        <extracomment>Why a stale save is refused (``StaleEdit``), after the record&apos;s name.</extracomment>
        <translation>otro funcionario lo modificó después de que usted lo abriera; no se guardó nada; vuelva a cargarlo y aplique de nuevo sus cambios</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>must be text, not {kind}</source>
        <translation>debe ser texto, no {kind}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>contains the control character U+{code}, which cannot be stored or printed; remove it</source>
        <translation>contiene el carácter de control U+{code}, que no puede guardarse ni imprimirse; elimínelo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contains an invalid character (lone surrogate U+{code})</source>
        <translation>contiene un carácter no válido (sustituto aislado U+{code})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is {length:,} characters long; at most {limit:,} are allowed</source>
        <translation>tiene {length:,} caracteres; se permiten como máximo {limit:,}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a date is required</source>
        <translation>se requiere una fecha</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation>{value} no es una fecha (use AAAA-MM-DD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date, not {kind}</source>
        <translation>debe ser una fecha, no {kind}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a date and time is required</source>
        <translation>se requieren fecha y hora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not a date and time (use YYYY-MM-DDTHH:MM)</source>
        <translation>{value} no es una fecha y hora (use AAAA-MM-DDTHH:MM)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a date and time, not {kind}</source>
        <translation>debe ser una fecha y hora, no {kind}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value} no es uno de: {allowed}</translation>
    </message>
    <message>
        <location filename="../../app/treaty/lifecycle.py" line="+125"/>
        <source>unknown direction {value} (one of {known})</source>
        <extracomment>Directions whose records are checked against the watch list (Art. 4.2): we received something. Statuses in which the request has been answered: the due-date clock stops (nothing is owed any more but closing the file), though the request stays open until closed.</extracomment>
        <translation>dirección desconocida {value} (una de {known})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown status {value} (one of {known})</source>
        <translation>estado desconocido {value} (uno de {known})</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{code} is not a ground in {agreement}</source>
        <translation>{code} no es un motivo en {agreement}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} ({ground}) does not justify {target}; it allows {allowed}</source>
        <translation>{code} ({ground}) no justifica «{target}»; permite: {allowed}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>none (final status)</source>
        <translation>ninguno (estado final)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot go from {current} to {target} ({direction}); allowed: {allowed}</source>
        <translation>no se puede pasar de «{current}» a «{target}» ({direction}); permitidos: {allowed}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a refusal needs at least one ground</source>
        <translation>una denegación requiere al menos un motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a postponement needs at least one ground</source>
        <translation>un aplazamiento requiere al menos un motivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a refusal needs a statement of reasons</source>
        <translation>una denegación requiere una exposición de motivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a postponement needs a statement of reasons</source>
        <translation>un aplazamiento requiere una exposición de motivos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} is in the past</source>
        <translation>{day} ya pasó</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>conditional assistance needs the conditions or requirements to be stated</source>
        <translation>la asistencia condicionada requiere indicar las condiciones o requisitos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>withholding needs the ground {ground}</source>
        <translation>la suspensión requiere el motivo {ground}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>leaving withheld needs the outcome of the consultation with the requesting administration</source>
        <translation>salir de la suspensión requiere el resultado de la consulta con la administración requirente</translation>
    </message>
    <message>
        <location filename="../../app/services/admin/audit_log.py" line="+56"/>
        <source>{u} is before since {s}</source>
        <translation>{u} es anterior a la fecha inicial {s}</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>must be between 1 and {MAX_PAGE}</source>
        <extracomment>Keys of an entry&apos;s detail that say the value before the write, for the field they name: action prefix -&gt; (field, key of the value before, key of the value after). Actions that create their record: there is no value before them, and an edit&apos;s earlier values are looked for no further back than one of these. A fact this entry recorded (a new record&apos;s field, a move&apos;s grounds): no value before applies, and it is shown as ``field: after``. The order the lines of an entry are read in: what the officer looks for first, the Art. 7.2 elements in their letters&apos; order; any other field after these, by name.</extracomment>
        <translation>debe estar entre 1 y {MAX_PAGE}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{column} is not one of: actor, action, entity_type</source>
        <translation>{column} no es uno de: actor, action, entity_type</translation>
    </message>
    <message>
        <location filename="../../app/services/admin/backup.py" line="+90"/>
        <source>only a file store has rolling backups</source>
        <extracomment>The two small members are read into memory: a crafted file must not make that costly.</extracomment>
        <translation>solo un almacén en archivo tiene copias de seguridad rotativas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>must be a whole number, 0 or more (0 keeps all)</source>
        <translation>debe ser un número entero, 0 o mayor (0 conserva todas)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{out} is a folder; give a file name</source>
        <translation>{out} es una carpeta; indique un nombre de archivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write {out} ({strerror})</source>
        <translation>no se puede escribir {out} ({strerror})</translation>
    </message>
    <message>
        <location filename="../../app/services/admin/demo.py" line="+108"/>
        <source>already holds the invented demo data (it is a trial desk)</source>
        <extracomment>Who the audit log names for every write of the demo loader: plainly not an officer. The audit action of the demo&apos;s first entry; a store holding one is a trial desk for good. Audit actions a new store has before anyone worked in it.</extracomment>
        <translation>ya contiene los datos de demostración inventados (es un escritorio de prueba)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is an officer&apos;s desk ({done} {entries} in its audit log: a profile, settings or records); the invented demo never goes into a real desk{hint}</source>
        <translation>es el escritorio de un funcionario ({done} {entries} en su registro de auditoría: perfil, configuración o registros); la demostración inventada nunca entra en un escritorio real{hint}</translation>
    </message>
    <message>
        <location filename="../../app/services/admin/first_run.py" line="+80"/>
        <location filename="../../app/services/admin/settings.py" line="+347"/>
        <source>choose at least one agreement in use</source>
        <translation>elija al menos un acuerdo en uso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} is not a built-in agreement</source>
        <translation>{key} no es un acuerdo incorporado</translation>
    </message>
    <message>
        <location filename="../../app/services/admin/settings.py" line="-302"/>
        <source>must be a mapping of profile fields</source>
        <translation>debe ser una correspondencia de campos del perfil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not a field of the profile</source>
        <translation>no es un campo del perfil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a mapping of name, title and signature</source>
        <translation>debe ser una correspondencia de nombre, cargo y firma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a field of the profile (one of {join_profile_text_fields})</source>
        <translation>no es un campo del perfil (uno de {join_profile_text_fields})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be an administration&apos;s number</source>
        <translation>debe ser el número de una administración</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be a list of letter languages, e.g. ja+en,en</source>
        <translation>debe ser una lista de idiomas de las cartas, p. ej. ja+en,en</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{code} is not a letter language (one of {join_letter_languages})</source>
        <translation>{code} no es un idioma de las cartas (uno de {join_letter_languages})</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+45"/>
        <source>unknown setting {key}</source>
        <translation>configuración desconocida {key}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+171"/>
        <source>must be a whole number, 0 or more</source>
        <translation>debe ser un número entero, 0 o mayor</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>must be one of {join_base_languages}</source>
        <translation>debe ser uno de {join_base_languages}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>unknown setting {key}; valid keys: {join_keys}</source>
        <extracomment>Kinds of value a dotted key holds: how ``parse_value`` reads a command-line text. Every key the officer can change, with its kind. ``profile.*`` are fields of the profile (``profile.en.*`` is the same as the top level); ``own.*`` the own administration&apos;s name per language, address and letterhead lines (per language) on its directory row; the rest whole settings. The business-day policy is ``oral_confirmation_days`` (Art. 7.1 &quot;promptly&quot;), ``incoming_due_business_days`` and ``due_soon_days``, counted in the calendar of the side that must act (app.treaty.clocks).</extracomment>
        <translation>configuración desconocida {key}; claves válidas: {join_keys}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a whole number, not {text}</source>
        <translation>debe ser un número entero, no {text}</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>must be a list of agreement keys</source>
        <translation>debe ser una lista de claves de acuerdos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be lines of text</source>
        <translation>deben ser líneas de texto</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/services/search/queries.py" line="+131"/>
        <source>must be text, not {name__}</source>
        <extracomment>Kinds whose index key is a database id (they have no reference of their own): a hit of one carries the officer-facing key ``search_labels`` builds from its parent instead. Fields of a hit that are database ids: used in-process (to select the row), never printed.</extracomment>
        <translation>debe ser texto, no {name__}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is required, e.g. {prefix}-{year}-{seq:04d}</source>
        <translation>es obligatorio, p. ej. {prefix}-{year}-{seq:04d}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no own administration numbered {number}</source>
        <translation>no hay administración propia con el número {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is required (it signs letters)</source>
        <translation>es obligatorio (firma las cartas)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no agreement {k} (one of {join_sorted_rows})</source>
        <translation>no existe el acuerdo {k} (uno de {join_sorted_rows})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the desk has no own administration to change</source>
        <translation>el escritorio no tiene una administración propia que modificar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is required (letters head with it)</source>
        <translation>es obligatorio (encabeza las cartas)</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/catalogue.py" line="+50"/>
        <location line="+149"/>
        <location filename="../../app/services/requests/listing.py" line="+224"/>
        <source>no agreement with key {key}</source>
        <extracomment>The agreement&apos;s own clauses (its catalogue, else the Japan–US model&apos;s 3 months, Art. 14.2). The record&apos;s edit count as read: the agreement editor saves on it (``save_agreement``&apos;s ``expected_version``), so a save after another officer&apos;s is refused.
----------
Navigation groups of the list: which directions each one shows. agreement id -&gt; (key, partner name, termination date or None). Catalogues of the agreements last read by ``agreement_entries``, by key: the list names a basis from them (``basis_caption``) without a query per row. Sortable columns: key -&gt; the request columns it orders by, before the insertion-order tie-break (id). &quot;partner&quot; is a property of the agreement and is paged apart (None). &quot;due&quot; adds the status so that the order matches the ``ix_request_list_due`` index (no sort step). The request columns a list row is built from, in the order ``make_row`` reads them. Agreement columns read for the list (partner name and termination, Art. 14.2). Clock flags a filter can ask for.</extracomment>
        <translation>no existe un acuerdo con la clave {key}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{day} is before the agreement was signed ({signed_on})</source>
        <translation>{day} es anterior a la firma del Acuerdo ({signed_on})</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/directory.py" line="+43"/>
        <source>must map a letter language (en, ja, es) to a text</source>
        <extracomment>The letter languages a name may be kept in.</extracomment>
        <translation>debe asignar un texto a un idioma de las cartas (en, ja, es)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a letter language (one of {join_name_languages})</source>
        <translation>no es un idioma de las cartas (uno de {join_name_languages})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be a two-letter ISO 3166 code, e.g. JP</source>
        <translation>debe ser un código ISO 3166 de dos letras, p. ej. JP</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+142"/>
        <source>no administration {administration_id}</source>
        <extracomment>The record&apos;s edit count as read: an editor saves on it (``expected_version``), so a save after another officer&apos;s is refused naming the record.</extracomment>
        <translation>no existe la administración {administration_id}</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>no agreement {key} (one of {known})</source>
        <extracomment>The record&apos;s edit count as read: an editor saves on it (``expected_version``), so a save after another officer&apos;s is refused naming the record.</extracomment>
        <translation>no existe el acuerdo {key} (uno de {known})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the directory has no administration of {partner_country}, the partner under {key}: add it first</source>
        <translation>el directorio no tiene administración de {partner_country}, la contraparte en {key}: agréguela primero</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>name the agreement (or the administration) the official is designated under</source>
        <translation>indique el acuerdo (o la administración) conforme al cual se designa al funcionario</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} ({country}) is not the partner under {key} ({partner_country})</source>
        <translation>{name} ({country}) no es la contraparte en {key} ({partner_country})</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no designated official {official_id}</source>
        <translation>no existe el funcionario designado {official_id}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is not the partner under {key} ({partner_country})</source>
        <translation>{name} no es la contraparte en {key} ({partner_country})</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>no authority {authority_id}</source>
        <translation>no existe la autoridad {authority_id}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an authority named {name_c} is already on the list</source>
        <translation>ya hay en la lista una autoridad llamada {name_c}</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger/disclosures.py" line="+119"/>
        <source>{ctry} is not a two-letter country code</source>
        <extracomment>The name in each letter language kept besides ``name`` (``{&quot;ja&quot;: &quot;警視庁&quot;}``). The record&apos;s edit count as read: the editor saves on it (``edit_authority``&apos;s ``expected_version``), so a save after another officer&apos;s is refused.</extracomment>
        <translation>{ctry} no es un código de país de dos letras</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an authority named {nm} is already on the list</source>
        <translation>ya hay en la lista una autoridad llamada {nm}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{value} is not a document number (e.g. 12 or D-12)</source>
        <translation>{value} no es un número de documento (p. ej. 12 o D-12)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>document {doc_id} is not a recorded written approval</source>
        <translation>el documento {doc_id} no es una aprobación escrita registrada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>document {doc_id} approves use by {name}, not by {name2}</source>
        <translation>el documento {doc_id} aprueba el uso por {name}, no por {name2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>document {doc_id} does not cover {join_it_code_for_it_in_i}</source>
        <translation>el documento {doc_id} no abarca {join_it_code_for_it_in_i}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>name at least one information item</source>
        <translation>indique al menos un elemento de información</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an item is named twice</source>
        <translation>un elemento está indicado dos veces</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>name the law that requires the disclosure</source>
        <translation>indique la ley que exige la divulgación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{when} is in the future; record a disclosure once it is made</source>
        <translation>{when} es una fecha futura; registre la divulgación una vez realizada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an override needs a written justification</source>
        <translation>una excepción requiere una justificación por escrito</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no override is needed: the disclosure is {decision_verdict_replace}</source>
        <translation>no se necesita excepción: la divulgación es {decision_verdict_replace}</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+49"/>
        <source>no disclosure {disclosure_id}</source>
        <translation>no existe la divulgación {disclosure_id}</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>disclosure {id} was already corrected by {later}</source>
        <translation>la divulgación {id} ya fue corregida por {later}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot be corrected on a disclosure</source>
        <translation>no puede corregirse en una divulgación</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger/information.py" line="+93"/>
        <source>no information item {code}</source>
        <translation>no existe el elemento de información {code}</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>a notice date is given but the item is not marked &apos;no onward passing to law enforcement&apos;</source>
        <extracomment>Ids per ``IN (...)`` list: SQLite caps the parameters of one statement.</extracomment>
        <translation>se indica una fecha de aviso, pero el elemento no está marcado como «prohibida su transmisión a organismos policiales»</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{day} is in the future; record information once it has been received or provided</source>
        <translation>{day} es una fecha futura; registre la información una vez recibida o proporcionada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{notice} is in the future; record the provider&apos;s notice once it is given</source>
        <translation>{notice} es una fecha futura; registre el aviso del proveedor una vez dado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no request with reference {request_ref}</source>
        <translation>no existe una solicitud con la referencia {request_ref}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{corrects} was already corrected by {corrected_by_s_old_id}; correct the latest entry</source>
        <translation>{corrects} ya fue corregido por {corrected_by_s_old_id}; corrija el registro más reciente</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>is not a field of an information item</source>
        <translation>no es un campo de un elemento de información</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the document is empty</source>
        <translation>el documento está vacío</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document is larger than {max_attachment_2_20} MB</source>
        <translation>el documento supera {max_attachment_2_20} MB</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{text} is not on the list of authorities (add it with &apos;liaison-desk authorities add&apos;)</source>
        <translation>{text} no está en la lista de autoridades (agréguela con &apos;liaison-desk authorities add&apos;)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the written approval must be on file (attach the letter)</source>
        <translation>la aprobación escrita debe constar en el expediente (adjunte la carta)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{granted} is in the future; record an approval once it is given</source>
        <translation>{granted} es una fecha futura; registre la aprobación una vez otorgada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} is information we provided; approvals are for information received</source>
        <translation>{code} es información que proporcionamos; las aprobaciones son para información recibida</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no document {document_id} attached to {code}</source>
        <translation>no hay documento {document_id} adjunto a {code}</translation>
    </message>
    <message>
        <location filename="../../app/services/letters/commands.py" line="+130"/>
        <location filename="../../app/services/letters/registry.py" line="+91"/>
        <location filename="../../app/services/requests/fields.py" line="+50"/>
        <location filename="../../app/services/requests/listing.py" line="+246"/>
        <location filename="../../app/services/requests/views.py" line="+216"/>
        <location filename="../../app/services/surveillance/commands.py" line="+84"/>
        <location filename="../../app/services/surveillance/observations.py" line="+95"/>
        <source>no request with reference {ref}</source>
        <extracomment>Rows fetched from the database cursor at a time by ``stream``: the memory it holds at once.
----------
statement, conditions and accompanying_info in each language: {field: {lang: text}}. The language ``elements`` are stored in, and every version of each Art. 7.2 text in each language, {field: {lang: text}} (app.services.texts). The request&apos;s edit count when read (migration 0013): an editor sends it back with its save, which is refused if another officer saved in between (``edit_request``).</extracomment>
        <translation>no existe una solicitud con la referencia {ref}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{lang} is not a language of {short_title} (one of {join_offered})</source>
        <translation>{lang} no es un idioma de {short_title} (uno de {join_offered})</translation>
    </message>
    <message>
        <location filename="../../app/services/letters/context.py" line="-93"/>
        <source>is not an input of a letter</source>
        <extracomment>Letter kinds that restate the record itself, so its completeness (Art. 7.2; Art. 3.1/4.3 for spontaneous information) blocks a FINAL one. Letter kinds whose text is itself information exchanged under the agreement (the request and the parties it names; the reasons for a refusal, postponement or withholding and the information that may accompany them, Art. 11.3, 11.4) or describes such information (Art. 9.1, 9.4, 10.2 letters). Art. 9.1 binds every such piece of information, so these letters are marked at least &quot;customs use only&quot; even when no information item is filed with the request yet. The acknowledgement of receipt says only that a request arrived, and is not marked for it. Letter kinds with a place for the officer&apos;s ``remarks``: a Remarks section (acknowledgement, evidence cover, spontaneous information), or the statement itself (Art. 11.3, 11.4). Any other kind refuses them rather than drop them unprinted. Short codes used in document numbers, e.g. ``JPUS-2026-0001-ACK1``. ``conditions`` / ``remarks`` given per language (``{&quot;remarks&quot;: {&quot;ja&quot;: ...}}``); then the plain field holds one of them (the letter prints each language&apos;s own).</extracomment>
        <translation>no es un dato de una carta</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown letter kind {kind} (one of {join_letter_kinds})</source>
        <translation>tipo de carta desconocido {kind} (uno de {join_letter_kinds})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown letter language {lang} (one of {join_languages})</source>
        <translation>idioma de carta desconocido {lang} (uno de {join_languages})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{article} {name} letter has no place for remarks (only {join_map_words_remarks_k}); nothing was printed</source>
        <translation>la carta {article} {name} no tiene espacio para observaciones (solo {join_map_words_remarks_k}); no se imprimió nada</translation>
    </message>
    <message>
        <location filename="../../app/services/letters/registry.py" line="-22"/>
        <source>a document number is a whole number, not {doc_id}</source>
        <translation>un número de documento es un número entero, no {doc_id}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no document {doc_id}</source>
        <translation>no existe el documento {doc_id}</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+30"/>
        <source>document {doc_id} does not match its SHA-256; run verify</source>
        <translation>el documento {doc_id} no coincide con su SHA-256; ejecute verify</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>no output file given</source>
        <translation>no se indicó archivo de salida</translation>
    </message>
    <message>
        <location filename="../../app/services/requests/commands.py" line="+132"/>
        <source>request {ref} is {status}; a closed request cannot be edited</source>
        <translation>la solicitud {ref} está «{status}»; una solicitud cerrada no puede editarse</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{what}; missing: {listing}</source>
        <translation>{what}; falta: {listing}</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>request {ref} is assigned to {officer}; only a supervisor may reassign it</source>
        <translation>la solicitud {ref} está asignada a {officer}; solo un supervisor puede reasignarla</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>request {ref} was made in writing; nothing to confirm</source>
        <translation>la solicitud {ref} se hizo por escrito; no hay nada que confirmar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/services/requests/fields.py" line="+122"/>
        <source>is before the oral request was made</source>
        <translation>es anterior a la solicitud verbal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} is in the future; record the confirmation once it has been received</source>
        <translation>{day} es una fecha futura; registre la confirmación una vez recibida</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no subject {subject_code}</source>
        <translation>no existe el sujeto {subject_code}</translation>
    </message>
    <message>
        <location filename="../../app/services/requests/fields.py" line="-102"/>
        <source>is not a field of a request</source>
        <translation>no es un campo de una solicitud</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>must be a list of legal basis codes</source>
        <translation>debe ser una lista de códigos de fundamentos jurídicos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code} is not a legal basis in {short_title}</source>
        <translation>{code} no es un fundamento jurídico en {short_title}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be true or false</source>
        <translation>debe ser verdadero o falso</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/services/surveillance/rules.py" line="+197"/>
        <source>must be a mapping of field names to values</source>
        <translation>debe ser una correspondencia de nombres de campo y valores</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>must be a record number</source>
        <translation>debe ser un número de registro</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>no administration {pid}</source>
        <translation>no existe la administración {pid}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no designated official {oid}</source>
        <translation>no existe el funcionario designado {oid}</translation>
    </message>
    <message>
        <location filename="../../app/services/requests/listing.py" line="-221"/>
        <source>must be one of {join_groups}</source>
        <translation>debe ser uno de {join_groups}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown flag {sorted_unknown_0}; use {join_flags}</source>
        <translation>indicador desconocido {sorted_unknown_0}; use {join_flags}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>cannot sort by {sort_key}; use one of {join_sort_keys}</source>
        <extracomment>Below this share of its group a filter is &quot;sparse&quot;: read its matches by the filter&apos;s index and sort them; above it, walk the sort index and skip non-matches. Without planner statistics SQLite cannot tell the two apart, and the wrong plan costs a full scan (seconds at 100k rows). PostgreSQL has the statistics: there the filter is left to its planner.</extracomment>
        <translation>no se puede ordenar por {sort_key}; use uno de {join_sort_keys}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>offset and limit must be 0 or more</source>
        <translation>offset y limit deben ser 0 o más</translation>
    </message>
    <message>
        <location filename="../../app/services/requests/refs.py" line="+23"/>
        <source>{pattern} is not a valid pattern ({exc})</source>
        <translation>{pattern} no es un patrón válido ({exc})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be text, e.g. {prefix}-{year}-{seq:04d}</source>
        <translation>debe ser texto, p. ej. {prefix}-{year}-{seq:04d}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must contain {seq} (e.g. {prefix}-{year}-{seq:04d})</source>
        <translation>debe contener {seq} (p. ej. {prefix}-{year}-{seq:04d})</translation>
    </message>
    <message>
        <location filename="../../app/services/search/queries.py" line="+4"/>
        <source>is {n_text:,} characters long; at most {MAX_QUERY_CHARS} are searched</source>
        <translation>tiene {n_text:,} caracteres; se buscan como máximo {MAX_QUERY_CHARS}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a whole number from 1 to {MAX_LIMIT}</source>
        <translation>debe ser un número entero de 1 a {MAX_LIMIT}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{kind} is not one of {join_search_index_kinds}</source>
        <translation>{kind} no es uno de {join_search_index_kinds}</translation>
    </message>
    <message>
        <location filename="../../app/services/surveillance/commands.py" line="+24"/>
        <source>is not a field of a surveillance subject</source>
        <translation>no es un campo de un sujeto de vigilancia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>subject {code} is {kind}; record a new subject instead of changing its kind</source>
        <translation>el sujeto {code} es de tipo {kind}; registre un nuevo sujeto en lugar de cambiar su tipo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>say which means of transport: vessel, aircraft, road_vehicle or container</source>
        <translation>indique el medio de transporte: vessel, aircraft, road_vehicle o container</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be a list of identifiers</source>
        <translation>debe ser una lista de identificadores</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a {kind} subject needs a name, a description or an identifier to be recognised</source>
        <translation>un sujeto de tipo {kind} necesita un nombre, una descripción o un identificador para reconocerlo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>must be a list of request references</source>
        <translation>debe ser una lista de referencias de solicitudes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{ref} is under another agreement than the subject</source>
        <translation>{ref} corresponde a otro acuerdo que el sujeto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is required: person, goods or transport</source>
        <translation>es obligatorio: persona, mercancías o transporte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>say under which agreement the surveillance was asked (an agreement key or a linked request)</source>
        <translation>indique conforme a qué acuerdo se pidió la vigilancia (clave del acuerdo o solicitud vinculada)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>surveillance of {code} was lifted; its record is kept as it was</source>
        <translation>la vigilancia de {code} fue levantada; su registro se conserva tal como estaba</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>surveillance of {code} has lapsed; extend it explicitly, with the new request that asks for it</source>
        <translation>la vigilancia de {code} venció; prorróguela expresamente, con la nueva solicitud que la pide</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>surveillance of {code} was already lifted on {lifted_on}</source>
        <translation>la vigilancia de {code} ya fue levantada el {lifted_on}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} is before the period started ({period_start})</source>
        <translation>{day} es anterior al inicio del periodo ({period_start})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>surveillance of {code} was lifted; record a new subject for a new surveillance</source>
        <translation>la vigilancia de {code} fue levantada; registre un nuevo sujeto para una nueva vigilancia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{end} is not after the current end ({old_end})</source>
        <translation>{end} no es posterior al fin actual ({old_end})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{end} is already past</source>
        <translation>{end} ya pasó</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{request_ref} is not a new request: it predates the lapse on {old_end}</source>
        <translation>{request_ref} no es una nueva solicitud: es anterior al vencimiento del {old_end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>surveillance of {code} lapsed on {old_end}; extending it needs a new request for surveillance</source>
        <translation>la vigilancia de {code} venció el {old_end}; prorrogarla requiere una nueva solicitud de vigilancia</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{code} is linked to {join_refs} and cannot be deleted; lift the surveillance instead (its history is kept)</source>
        <translation>{code} está vinculado a {join_refs} y no puede eliminarse; levante la vigilancia en su lugar (se conserva su historial)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code} has observations and cannot be deleted; lift the surveillance instead (its history is kept)</source>
        <translation>{code} tiene observaciones y no puede eliminarse; levante la vigilancia en su lugar (se conserva su historial)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code} has attachments and cannot be deleted; lift the surveillance instead (its history is kept)</source>
        <translation>{code} tiene archivos adjuntos y no puede eliminarse; levante la vigilancia en su lugar (se conserva su historial)</translation>
    </message>
    <message>
        <location filename="../../app/services/surveillance/listing.py" line="+98"/>
        <source>offset must be 0 or more and limit 1 or more</source>
        <translation>offset debe ser 0 o más y limit 1 o más</translation>
    </message>
    <message>
        <location filename="../../app/services/surveillance/observations.py" line="-23"/>
        <source>is not a field of an observation</source>
        <translation>no es un campo de una observación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{when:%Y-%m-%d %H:%M} UTC is in the future</source>
        <translation>{when:%Y-%m-%d %H:%M} UTC es una fecha futura</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{when} is before request {our_ref} ({request_day_anchor_isofo})</source>
        <translation>{when} es anterior a la solicitud {our_ref} ({request_day_anchor_isofo})</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+12"/>
        <source>no observation {observation_id}</source>
        <translation>no existe la observación {observation_id}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be the bytes of the file</source>
        <translation>deben ser los bytes del archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is empty; nothing to attach</source>
        <translation>{name} está vacío; no hay nada que adjuntar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is {n_content:,} bytes; at most {MAX_ATTACHMENT_BYTES:,} can be attached</source>
        <translation>{name} tiene {n_content:,} bytes; se pueden adjuntar como máximo {MAX_ATTACHMENT_BYTES:,}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no observation {observation_id} of {code}</source>
        <translation>no existe la observación {observation_id} de {code}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>choose at least one observation to report</source>
        <translation>elija al menos una observación para informar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no observation {oid} of {code}</source>
        <translation>no existe la observación {oid} de {code}</translation>
    </message>
    <message>
        <location filename="../../app/services/surveillance/rules.py" line="-82"/>
        <source>must be a mapping with type and value</source>
        <extracomment>Events that happen somewhere: a movement or sighting reported without its place tells the requesting administration nothing it can act on, so these need a place or a UN/LOCODE. &quot;other&quot; (a note such as a change of owner) may have no place. What the desk says where an older observation has no place (recorded before it was required).</extracomment>
        <translation>debe ser una correspondencia con tipo y valor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a field of an identifier</source>
        <translation>no es un campo de un identificador</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{text} is not a two-letter country code (e.g. JP, US, PA)</source>
        <translation>{text} no es un código de país de dos letras (p. ej. JP, US, PA)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{text} is not a UN/LOCODE: expected 2 letters of country and 3 letters or digits 2-9, e.g. JPYOK</source>
        <translation>{text} no es un UN/LOCODE: se esperan 2 letras de país y 3 letras o dígitos 2-9, p. ej. JPYOK</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is required for a movement or sighting: give a place or a UN/LOCODE</source>
        <translation>es obligatorio para un desplazamiento o avistamiento: indique un lugar o un UN/LOCODE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a list of names</source>
        <translation>debe ser una lista de nombres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not a field of a name</source>
        <translation>no es un campo de un nombre</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>is not a field of a {kind} subject (allowed: {join_allowed})</source>
        <translation>no es un campo de un sujeto de tipo {kind} (permitidos: {join_allowed})</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{text} is not an HS code: 4, 6, 8 or 10 digits (e.g. 9102.11)</source>
        <translation>{text} no es un código SA: 4, 6, 8 o 10 dígitos (p. ej. 9102.11)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a surveillance period needs an end date; surveillance is never open-ended</source>
        <translation>un periodo de vigilancia necesita fecha de fin; la vigilancia nunca es indefinida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{end} is before the start of the period ({start})</source>
        <translation>{end} es anterior al inicio del periodo ({start})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{review_on} is before the start of the period ({start})</source>
        <translation>{review_on} es anterior al inicio del periodo ({start})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{review_on} is after the end of the period ({end})</source>
        <translation>{review_on} es posterior al fin del periodo ({end})</translation>
    </message>
    <message>
        <location filename="../../app/services/surveillance/views.py" line="+161"/>
        <source>no surveillance subject {code}</source>
        <extracomment>Other subjects its notes name (``WatchHit``), once the caller has checked (``observations.observation_watch_hits``). Existing subjects this one looks like (``WatchHit``), once the caller has checked (``commands.similar_subjects``). The record&apos;s edit count as read (optimistic concurrency): an editor saves on it, so a save after another officer&apos;s is refused (``commands.edit_subject``&apos;s ``expected_version``).</extracomment>
        <translation>no existe el sujeto de vigilancia {code}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>subject {code} has an unknown kind {kind}</source>
        <translation>el sujeto {code} tiene un tipo desconocido {kind}</translation>
    </message>
    <message>
        <location filename="../../app/services/texts.py" line="+72"/>
        <source>must be text, or a mapping of language codes (en, ja, es) to text</source>
        <extracomment>Languages a free text is kept in (the letter languages; bilingual letters combine them). The language of a row&apos;s columns when it has none recorded (rows older than migration 0007). Free-text fields of a request that letters print, with their article. Free-text fields of an outcome that the statement of reasons prints, with their article. In a ``{lang: text}`` mapping, the key for &quot;the desk&apos;s default language&quot;.</extracomment>
        <translation>debe ser texto, o una correspondencia de códigos de idioma (en, ja, es) y texto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{lang} is not a text language (one of {join_text_languages})</source>
        <translation>{lang} no es un idioma de texto (uno de {join_text_languages})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an object with the five Art. 7.2 fields</source>
        <translation>debe ser un objeto con los cinco campos del art. 7.2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not an Art. 7.2 element</source>
        <translation>no es un elemento del art. 7.2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be an object of {field: {lang: text}}</source>
        <translation>debe ser un objeto de {field: {lang: text}}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a text of a request</source>
        <translation>no es un texto de una solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an object of {lang: text}</source>
        <translation>debe ser un objeto de {lang: text}</translation>
    </message>
    <message>
        <location filename="../../app/services/admin/move_to_server.py" line="+38"/>
        <source>this desk is on a server already; move a file desk (--data-dir)</source>
        <translation>este escritorio ya está en un servidor; traslade un escritorio de archivo (--data-dir)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a database URL (postgresql+psycopg://ROLE@HOST/DATABASE)</source>
        <translation>no es una URL de base de datos (postgresql+psycopg://ROLE@HOST/DATABASE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must name a PostgreSQL database (postgresql+psycopg://ROLE@HOST/DATABASE)</source>
        <translation>debe indicar una base de datos PostgreSQL (postgresql+psycopg://ROLE@HOST/DATABASE)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{database}: {refusal}</source>
        <translation>{database}: {refusal}</translation>
    </message>
    <message>
        <location filename="../../app/services/admin/server_roles.py" line="+61"/>
        <source>roles exist on a shared PostgreSQL desk only (LIAISON_DESK_DATABASE_URL); a file desk has one officer</source>
        <extracomment>Desk role -&gt; the server&apos;s group role. A role name an administrator types: letters, digits, underscore, dot, hyphen; 63 at most.</extracomment>
        <translation>los roles solo existen en un escritorio compartido de PostgreSQL (LIAISON_DESK_DATABASE_URL); un escritorio de archivo tiene un solo funcionario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{role} is not one of {roles}</source>
        <translation>{role} no es uno de {roles}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a role name (letters, digits, _ . -; not pg_...)</source>
        <translation>{name} no es un nombre de rol (letras, cifras, _ . -; no pg_...)</translation>
    </message>
    <message>
        <location filename="../../app/services/context.py" line="+51"/>
        <source>contains a NUL character (U+0000), which no text can hold; remove it</source>
        <extracomment>The largest value a PostgreSQL ``integer`` column holds (SQLite&apos;s hold 64 bits).</extracomment>
        <translation>contiene un carácter NUL (U+0000), que ningún texto puede contener; elimínelo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} is out of range (at most {most})</source>
        <translation>{value} está fuera de rango (como máximo {most})</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>{actor} is an auditor on this desk: reading only; nothing was written</source>
        <extracomment>Rows written with Core statements (the ORM&apos;s flush does not see them): ``(kind, id)``. Whole tables this write filled without the ORM (an import): ``table -&gt; {&quot;rows&quot;, &quot;sum&quot;}`` (``app.security.state``), bound by the entry beside the rows the flush saw. The watch list&apos;s index of this desk (``app.services.surveillance.watch_index`` makes it).</extracomment>
        <translation>{actor} es auditor en este escritorio: solo lectura; no se escribió nada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>was changed by another officer while this was being saved; nothing was saved; reload it and apply your changes again</source>
        <translation>otro funcionario lo modificó mientras se guardaba; no se guardó nada; vuelva a cargarlo y aplique de nuevo sus cambios</translation>
    </message>
</context>
<context>
    <name>SearchLabel</name>
    <message>
        <location filename="../../app/services/search/labels.py" line="+6"/>
        <source>surveillance {status}</source>
        <translation>vigilancia: {status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surveillance of {name} ({code})</source>
        <translation>vigilancia de {name} ({code})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item {item}</source>
        <translation>elemento {item}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item {item} and {more} more</source>
        <translation>elemento {item} y {more} más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure to {authority}</source>
        <translation>Divulgación a {authority}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} (OVERRIDE)</source>
        <translation>{what} (EXCEPCIÓN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} ({inner})</source>
        <translation>{text} ({inner})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} “{file}”</source>
        <translation>{what} «{file}»</translation>
    </message>
</context>
<context>
    <name>SubjectKind</name>
    <message>
        <location line="-12"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goods</source>
        <translation>mercancías</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>means of transport</source>
        <translation>medio de transporte</translation>
    </message>
</context>
<context>
    <name>WatchHit</name>
    <message>
        <location filename="../../app/services/surveillance/watchlist.py" line="+49"/>
        <source>possible match: subject {code} ({name}), {state}</source>
        <extracomment>What a watch-list hit says (``WatchHit.message``), through the app catalogue.</extracomment>
        <translation>posible coincidencia: sujeto {code} ({name}), {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} surveillance until {end}</source>
        <translation>vigilancia ({status}) hasta el {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} surveillance under {refs} until {end}</source>
        <translation>vigilancia ({status}) conforme a {refs} hasta el {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surveillance lapsed on {end}</source>
        <translation>vigilancia caducada el {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surveillance under {refs} lapsed on {end}</source>
        <translation>vigilancia conforme a {refs} caducada el {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surveillance lifted on {lifted}</source>
        <translation>vigilancia levantada el {lifted}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surveillance under {refs} lifted on {lifted}</source>
        <translation>vigilancia conforme a {refs} levantada el {lifted}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no end date</source>
        <translation>sin fecha de fin</translation>
    </message>
</context>
</TS>
