<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Agreement</name>
    <message>
        <location filename="../../app/treaty/wording.py" line="+21"/>
        <source>English text</source>
        <extracomment>The label of an article&apos;s text shown in another language than English (the English text).</extracomment>
        <translation>英語正文</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Japan–US Customs Mutual Assistance Agreement (1997)</source>
        <extracomment>The short titles of the shipped agreements (how lists and choosers name an agreement; the full titles are in the files themselves, in each letter language).</extracomment>
        <translation>日米税関相互支援協定（1997年）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan–Mexico Customs Mutual Assistance Agreement (2017)</source>
        <translation>日メキシコ税関相互支援協定（2017年）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Definitions</source>
        <extracomment>Article headings of the shipped agreements.</extracomment>
        <translation>定義</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope of assistance</source>
        <translation>支援の範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange of information</source>
        <translation>情報の交換</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification, special surveillance and information on offences</source>
        <translation>確認、特別の監視及び違反に関する情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents on transport and shipment</source>
        <translation>運送及び積送に関する書類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consulting books and registers</source>
        <translation>帳簿及び登録簿の閲覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form and content of requests</source>
        <translation>要請の様式及び内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution of requests</source>
        <translation>要請の実施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use and confidentiality of information</source>
        <translation>情報の使用及び秘密の保持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use of information as evidence</source>
        <translation>証拠としての情報の使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exceptions to the obligation to assist</source>
        <translation>支援の義務の例外</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenses</source>
        <translation>費用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultations and implementing arrangements</source>
        <translation>協議及び実施のための取決め</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry into force, termination and review</source>
        <translation>効力発生、終了及び見直し</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Information necessary to ensure proper application of customs laws and to prevent, investigate and repress customs offences, given on the administration&apos;s own initiative.</source>
        <extracomment>Descriptions of the legal bases and grounds of the shipped agreements.</extracomment>
        <translation>関税法令の適正な執行並びに関税法令違反の防止、調査及び取締りに必要な情報であって、税関当局が自らの発意により提供するもの。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whether goods imported into the requesting country were lawfully exported from the requested country.</source>
        <translation>要請当局の国に輸入された物品が、被要請当局の国から適法に輸出されたものであるか否か。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether goods exported from the requesting country were lawfully imported into the requested country.</source>
        <translation>要請当局の国から輸出された物品が、被要請当局の国に適法に輸入されたものであるか否か。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On request, the customs procedure used for clearing the goods covered by a verification under 4.1(a).</source>
        <translation>要請があった場合には、4.1(a)に基づく確認の対象となる物品の通関に用いられた税関手続。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information on and special surveillance of persons known or suspected to have committed a customs offence, particularly those moving into and out of the requested country. Within available resources.</source>
        <translation>関税法令違反を犯したことが知られ、又はその疑いのある者（特に被要請当局の国に出入りする者）に関する情報及び特別の監視。利用可能な資源の範囲内で行う。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Information on and special surveillance of goods in transport or storage suspected of being controlled items bound for the requesting country. Within available resources.</source>
        <translation>要請当局の国に向けられた規制品であると疑われる運送中又は保管中の物品に関する情報及び特別の監視。利用可能な資源の範囲内で行う。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information on and special surveillance of means of transport suspected of use in a customs offence in the requesting country. Within available resources.</source>
        <translation>要請当局の国における関税法令違反に使用されていると疑われる輸送手段に関する情報及び特別の監視。利用可能な資源の範囲内で行う。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Available information on activities that may result in customs offences in the requesting country, asked for by request.</source>
        <translation>要請当局の国における関税法令違反につながるおそれのある活動に関する入手可能な情報であって、要請により求められるもの。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information relevant to serious customs offences that could substantially damage the economy, public health, public security or another vital interest of the other country; it must be passed on without waiting for a request (4.3(b)).</source>
        <translation>相手国の経済、公衆衛生、公共の安全その他の重要な利益に相当な損害を及ぼすおそれのある重大な関税法令違反に関係する情報。要請を待たずに提供しなければならない（4.3(b)）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents on the transportation and shipment of goods showing their value, disposition and destination; computer-based form unless the requester says otherwise, with what is needed to interpret them.</source>
        <translation>物品の価格、処分及び仕向地を示す運送及び積送に関する書類。要請当局が別段の意思を示さない限り電子的な形式により、その解釈に必要な情報を添えて提供する。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Designated officials of the requesting administration consult books, registers and data media in the requested administration&apos;s offices and take copies, with its consent and under its conditions.</source>
        <translation>要請当局の指定職員が、被要請当局の同意を得て、その条件に従い、被要請当局の事務所において帳簿、登録簿及びデータ媒体を閲覧し、その写しを取ること。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Designated officials of the requesting administration are present during the inquiry in the requested country, if that Party agrees and under its conditions.</source>
        <translation>要請当局の指定職員が、被要請当局の国の同意を得て、その条件に従い、同国における調査に立ち会うこと。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The requested administration advises the time and place of the action it will take, so that action can be coordinated.</source>
        <translation>被要請当局が、措置を調整することができるよう、自らがとる措置の日時及び場所を通報すること。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information already obtained under the agreement is needed as evidence in criminal investigation, prosecution or judicial proceedings; the request goes through the diplomatic channel.</source>
        <translation>協定に基づき既に入手した情報が刑事上の捜査、訴追又は司法手続において証拠として必要な場合。要請は外交上の経路を通じて行う。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assistance would infringe upon the sovereignty of the requested Party.</source>
        <translation>支援が被要請国の主権を侵害するおそれがあること。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance would infringe upon the security of the requested Party.</source>
        <translation>支援が被要請国の安全保障を害するおそれがあること。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance would infringe upon the public policy of the requested Party.</source>
        <translation>支援が被要請国の公の秩序に反するおそれがあること。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance would infringe upon another substantial interest of the requested Party.</source>
        <translation>支援が被要請国のその他の重大な利益を害するおそれがあること。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requesting administration could not comply with a similar request; execution is at the requested administration&apos;s discretion.</source>
        <translation>要請当局が同様の要請に応ずることができない場合であり、要請の実施は被要請当局の裁量に委ねられる。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assistance would interfere with an ongoing investigation (including by law enforcement agencies), prosecution or judicial proceeding; the requesting administration is consulted on terms or conditions.</source>
        <translation>支援が現に行われている捜査（法執行機関によるものを含む。）、訴追又は司法手続に支障を及ぼすおそれがあること。要請当局と条件について協議する。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agreement is implemented within the available resources of the requested administration.</source>
        <translation>協定は、被要請当局の利用可能な資源の範囲内で実施される。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Special surveillance is provided only within the limits of the requested administration&apos;s available resources.</source>
        <translation>特別の監視は、被要請当局の利用可能な資源の範囲内においてのみ行われる。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request lacks information required by Article 7.2 (administration, nature of proceedings, object and reason, or description and legal elements).</source>
        <translation>要請に第7条第2項に定める事項（要請を行う税関当局、手続の性質、要請の対象及び理由又は事案の概要及び法的要素）が記載されていないこと。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request does not concern the application of customs laws or the prevention, investigation or repression of customs offences.</source>
        <translation>要請が関税法令の執行又は関税法令違反の防止、調査若しくは取締りに関するものでないこと。</translation>
    </message>
</context>
<context>
    <name>AuditProblem</name>
    <message>
        <location filename="../../app/security/audit.py" line="+100"/>
        <source>audit entry {entry}: its detail does not match its digest (altered)</source>
        <extracomment>The problems ``iter_problems`` reports: English for the CLI (``verify``), the window&apos;s language on the Audit page (``app.i18n``).</extracomment>
        <translation>監査記録{entry}：内容がダイジェストと一致しません（改変）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit entry {entry}: previous-hash link broken (an entry before it was altered, removed or inserted)</source>
        <translation>監査記録{entry}：直前のハッシュとの連鎖が切れています（それ以前の記録が改変、削除又は挿入されています）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit entry {entry}: its hash does not match its contents (altered)</source>
        <translation>監査記録{entry}：ハッシュが記録の内容と一致しません（改変）</translation>
    </message>
</context>
<context>
    <name>Clock</name>
    <message numerus="yes">
        <location filename="../../app/treaty/clocks.py" line="+116"/>
        <source>received {start}; +%n business day(s) in {country} → {end}</source>
        <translation>
            <numerusform>{start}受理、{country}の営業日で%n日 → {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>received {start}; +%n business day(s) in {country}, skipping {skipped} → {end}</source>
        <translation>
            <numerusform>{start}受理、{country}の営業日で%n日、{skipped}を除く → {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>from {start}; +%n business day(s) in {country} → {end}</source>
        <translation>
            <numerusform>{start}から{country}の営業日で%n日 → {end}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>from {start}; +%n business day(s) in {country}, skipping {skipped} → {end}</source>
        <translation>
            <numerusform>{start}から{country}の営業日で%n日、{skipped}を除く → {end}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} {holiday}</source>
        <translation>{day}{holiday}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (clamped to the end of the month)</source>
        <translation>（応当日がないため月末日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{how} (desk policy)</source>
        <translation>{how}（当方の運用基準による期限）</translation>
    </message>
    <message numerus="yes">
        <location line="+113"/>
        <source>notice of termination given {notice}; +%n calendar month(s) (Art. {article}) → {end}{note}</source>
        <extracomment>The model agreement&apos;s clauses (Japan–US 1997), used where a catalogue states no other: termination three months after written notice (Art. 14.2), review after five years (Art. 14.3).</extracomment>
        <translation>
            <numerusform>{notice}に終了を通告、%nか月後（{article}） → {end}{note}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>in force {start}; +%n year(s) (Art. {article}) → {end}{note}</source>
        <translation>
            <numerusform>{start}効力発生、%n年後（{article}） → {end}{note}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no due date set; termination of the agreement on {end} is the deadline (Art. {article})</source>
        <translation>期限の設定なし。{end}の協定の終了が期限となる（{article}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due {due}; capped by termination of the agreement on {end} (Art. {article})</source>
        <translation>期限{due}。ただし、{end}に協定が終了するため、同日が期限となる（{article}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due {due} (before termination of the agreement on {end})</source>
        <translation>期限{due}（{end}の協定の終了より前）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due {due}</source>
        <translation>期限{due}</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <location filename="../../app/treaty/completeness.py" line="+56"/>
        <source>the administration making the request</source>
        <translation>要請を行う税関当局</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the nature of the proceedings</source>
        <translation>要請に係る手続の性質</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the object and reason of the request</source>
        <translation>要請の対象及び理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the names and addresses of the parties concerned</source>
        <translation>要請に係る関係者の氏名及び住所</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a brief description of the matter and the legal elements</source>
        <translation>事案の概要及び関係する法的要素</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the administration giving the information</source>
        <extracomment>Directions that carry spontaneous information (Art. 3.1): no ask, so no Art. 7.2. What spontaneous information must carry (Art. 3.1, 4.3), in the same store fields as a request&apos;s elements (plus the title). ``letter`` names the element for the UI, not Art. 7.2.</extracomment>
        <translation>情報を提供する税関当局</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a subject saying what the information is about</source>
        <translation>情報の内容を示す件名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the information provided</source>
        <translation>提供する情報</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a description of the goods</source>
        <extracomment>Human names of the ``extra_fields`` a basis can call for (catalogue JSON ``bases[].extra_fields``).</extracomment>
        <translation>物品の説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the customs declaration number</source>
        <translation>税関申告番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the identity of the person (name, date of birth, documents)</source>
        <translation>対象者の身元（氏名、生年月日、身分証明書類）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a vessel, aircraft or vehicle identifier</source>
        <translation>船舶、航空機又は車両の識別情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the documents requested</source>
        <translation>求める書類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whether computer-based form is acceptable (Art. 5.2)</source>
        <translation>電子的な形式による提供で差し支えないか否か（第5条第2項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the designated officials concerned</source>
        <translation>関係する指定職員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the books, registers or data media to consult</source>
        <translation>閲覧する帳簿、登録簿又はデータ媒体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the information wanted as evidence</source>
        <translation>証拠として必要な情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the criminal proceedings concerned</source>
        <translation>関係する刑事手続</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what} is required</source>
        <translation>{what}の記載が必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} are required</source>
        <translation>{what}の記載が必要です</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>{what} should be given if known</source>
        <translation>{what}は、判明していれば記載してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at least one legal basis (article of the agreement) is required</source>
        <translation>根拠条項（協定の条項）を一つ以上選んでください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{code} ({basis}) without {what}</source>
        <translation>{code}（{basis}）：{what}が未記載です</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{code} is not a legal basis of {agreement}</source>
        <translation>{code}は{agreement}の根拠条項ではありません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a legal basis is required: spontaneous information (3.1 or 4.3)</source>
        <translation>根拠条項が必要です：自発的な情報の提供（3.1又は4.3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{code} ({basis}) is a basis for requests; spontaneous information rests on 3.1 or 4.3</source>
        <translation>{code}（{basis}）は要請のための根拠条項です。自発的な情報の提供の根拠は3.1又は4.3です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the serious offence and the harm it could do (economy, public health, public security, another vital interest) should be described</source>
        <translation>重大な違反及びそれにより生ずるおそれのある損害（経済、公衆衛生、公共の安全その他の重要な利益）を記載してください</translation>
    </message>
</context>
<context>
    <name>Country</name>
    <message>
        <location filename="../../app/treaty/clocks.py" line="-172"/>
        <source>JP</source>
        <extracomment>The languages a holiday&apos;s name is also given in (the window&apos;s languages). Countries named in explanations: the code in English (&quot;in JP&quot;), the name in the window.</extracomment>
        <translation>日本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US</source>
        <translation>米国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MX</source>
        <translation>メキシコ</translation>
    </message>
</context>
<context>
    <name>DocumentKind</name>
    <message>
        <location filename="../../app/services/search/labels.py" line="+80"/>
        <source>Request letter (7.1)</source>
        <extracomment>Longest stretch of free text (a title, a summary) a label carries; the rest is in the record. Short names of the letters the desk prints, with the article each one serves.</extracomment>
        <translation>要請書（第7条第1項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written confirmation of an oral request (7.1)</source>
        <translation>口頭による要請の書面による確認（第7条第1項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of reasons (11.4)</source>
        <translation>理由書（第11条第4項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consultation letter (11.3)</source>
        <translation>協議の書簡（第11条第3項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for written approval (9.1)</source>
        <translation>書面による承認の要請（第9条第1項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advance notice of disclosure (9.4)</source>
        <translation>開示の事前通知（第9条第4項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover note for an evidence request (10.2)</source>
        <translation>証拠としての情報の要請に係る送付状（第10条第2項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgement of receipt</source>
        <translation>受領通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spontaneous information letter (3.1, 4.3)</source>
        <translation>自発的な情報の提供の書簡（第3条第1項、第4条第3項）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachment</source>
        <extracomment>Documents that are not letters: files the officer attached or received.</extracomment>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written approval (9.1)</source>
        <translation>書面による承認（第9条第1項）</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <location filename="../../app/services/due.py" line="+384"/>
        <source>{first}; {then}</source>
        <extracomment>Statuses whose due clock runs, named (IN, not NOT IN): most stored requests are closed, and the status index then finds the few open ones without reading the rest. Every kind of clock, in the order of their officer&apos;s words (see ``_WHAT_RANK``). Sort keys, one per column of the list: Due, State, What, Record, How. A terminated agreement stays on the list this long after its termination date. The &quot;What&quot; column reads &quot;&lt;kind&apos;s words&gt;: &lt;label&gt;&quot;; these ranks sort the kinds as their English words do (Agreement terminating, Request due, Surveillance period ends, Surveillance review, Written confirmation), then the record&apos;s title. ORDER BY per column, as result columns of the union: then every page is one compound SELECT whose branches are merged in order (each branch sorted on its own, by an index where there is one) and LIMIT stops the merge early, instead of sorting every clock. The State column sorts as Due does: overdue, due soon and later are bands of the date itself.</extracomment>
        <translation>{first}。{then}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} ({direction})</source>
        <translation>{label}（{direction}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} — written confirmation of an oral request (Art. 7.1)</source>
        <translation>{key} — 口頭による要請の書面による確認（第7条第1項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{key} — written confirmation of an oral request (Art. 7.1): {title}</source>
        <translation>{key} — 口頭による要請の書面による確認（第7条第1項）：{title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>termination on {day}</source>
        <translation>{day}に終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{agreement} terminates; open requests under it must be completed by then (Art. {article})</source>
        <translation>{agreement}が終了します。同協定に基づく未了の要請は、終了日までに完了しなければなりません（{article}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} — surveillance of {subject} lapsed: lift it, or extend it with a new request (Art. 4.2)</source>
        <translation>{key} — {subject}の監視期間が経過しました。監視を解除するか、新たな要請により延長してください（第4条第2項）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} — surveillance of {subject} ends (Art. 4.2)</source>
        <translation>{key} — {subject}の監視期間の終了（第4条第2項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of the surveillance period set for {key}: {end}</source>
        <translation>{key}の監視期間の終了日：{end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of the surveillance period set for {key}: {end} (period began {start})</source>
        <translation>{key}の監視期間の終了日：{end}（開始日{start}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{key} — review surveillance of {subject} (Art. 4.2)</source>
        <translation>{key} — {subject}の監視の見直し（第4条第2項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>review date set for {key}: {day}</source>
        <translation>{key}の見直し日：{day}</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <location filename="../../app/treaty/restrictions.py" line="+191"/>
        <source>information received may not be used as evidence in criminal proceedings until a request for it through the diplomatic channel (10.2) has been answered</source>
        <extracomment>Kinds of authority on the maintained list. Kinds of authority that count as law enforcement (Art. 9.2) unless the officer says otherwise. Marking codes printed on letters, most restrictive first (same order as app.documents). Verdicts from least to most severe.</extracomment>
        <translation>受領した情報は、外交上の経路による要請（第10条第2項）への回答があるまで、刑事手続において証拠として使用することができません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>disclosure required by law: give the provider advance notice wherever possible</source>
        <translation>法令上義務付けられた開示：可能な限り提供元に事前通知を行ってください</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the provider notified on {notice} that this information may not go to law-enforcement agencies such as {authority}</source>
        <translation>提供元は{notice}、この情報を{authority}などの法執行機関に提供してはならない旨を通知しています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the provider notified that this information may not go to law-enforcement agencies such as {authority}</source>
        <translation>提供元は、この情報を{authority}などの法執行機関に提供してはならない旨を通知しています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use by {authority} for {purpose} needs the provider&apos;s written approval naming that authority</source>
        <translation>{authority}による{purpose}のための使用には、当該機関を明記した提供元の書面による承認が必要です</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>this entry was corrected; disclose the corrected entry instead</source>
        <translation>この記録は訂正されています。訂正後の記録を開示してください</translation>
    </message>
</context>
<context>
    <name>IdCheck</name>
    <message>
        <location filename="../../app/matching/identifiers.py" line="+99"/>
        <source>container {number}: expected owner code (3 letters), category U/J/Z/R, 6 digits and a check digit (ISO 6346)</source>
        <translation>コンテナ番号{number}：所有者コード（英字3字）、区分（U/J/Z/R）、数字6桁及びチェックデジットの形式ではありません（ISO 6346）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>container {code}: check digit missing, should be {expected} (ISO 6346)</source>
        <translation>コンテナ番号{code}：チェックデジットがありません。正しくは{expected}です（ISO 6346）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>container {code}: check digit should be {expected} (ISO 6346)</source>
        <translation>コンテナ番号{code}：チェックデジットは{expected}のはずです（ISO 6346）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>container {code}: valid (ISO 6346)</source>
        <translation>コンテナ番号{code}：有効（ISO 6346）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>IMO number {number}: expected 7 digits</source>
        <translation>IMO番号{number}：7桁の数字ではありません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>MMSI {number}: expected 9 digits</source>
        <translation>MMSI{number}：9桁の数字ではありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>AWB {number}: expected 11 digits</source>
        <translation>AWB{number}：11桁の数字ではありません</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>IMO {code}: check digit should be {expected}</source>
        <translation>IMO {code}：チェックデジットは{expected}のはずです</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMO {code}: valid</source>
        <translation>IMO {code}：有効</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MMSI {code}: valid</source>
        <translation>MMSI {code}：有効</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>AWB {code}: check digit should be {expected} (serial mod 7)</source>
        <translation>AWB {code}：チェックデジットは{expected}のはずです（通し番号を7で割った余り）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>AWB {code}: valid</source>
        <translation>AWB {code}：有効</translation>
    </message>
</context>
<context>
    <name>IdentifierType</name>
    <message>
        <location filename="../../app/matching/idindex.py" line="+32"/>
        <source>passport</source>
        <translation>旅券番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container</source>
        <translation>コンテナ番号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plate</source>
        <translation>車両番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registration</source>
        <translation>登録番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call sign</source>
        <translation>呼出符号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document</source>
        <translation>文書番号</translation>
    </message>
</context>
<context>
    <name>LetterKindRefusal</name>
    <message>
        <location filename="../../app/services/letters/context.py" line="+176"/>
        <source>{letter} is not written for {direction} requests (only {allowed})</source>
        <extracomment>The reasons of ``kind_refusal`` ({letter}: &quot;a consultation letter&quot; in English).</extracomment>
        <translation>「{letter}」は、{direction}の要請については作成しません（{allowed}のみ）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{letter} does not apply while the request is {status} (only when {allowed})</source>
        <translation>要請が「{status}」の間は「{letter}」は作成できません（{allowed}の場合のみ）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an oral confirmation is only for a request first made orally (Art. {article})</source>
        <translation>書面による確認は、口頭で行われた要請についてのみ作成します（{article}）</translation>
    </message>
</context>
<context>
    <name>LetterProblem</name>
    <message>
        <location filename="../../app/documents/kinds/approval_request.py" line="+20"/>
        <source>the information concerned is not described (Art. 9.1)</source>
        <translation>対象となる情報が記載されていません（第9条第1項）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the authority that would use the information is not named (Art. 9.1)</source>
        <translation>情報を使用する当局が記載されていません（第9条第1項）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the purpose of the use is blank (Art. 9.1)</source>
        <translation>使用の目的が空欄です（第9条第1項）</translation>
    </message>
    <message>
        <location filename="../../app/documents/kinds/consultation.py" line="+20"/>
        <source>the explanation of why assistance is withheld is blank (Art. 11.3)</source>
        <translation>協力を差し控える理由の説明が空欄です（第11条第3項）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no ground is given (Art. 11.3)</source>
        <translation>理由が選ばれていません（第11条第3項）</translation>
    </message>
    <message>
        <location filename="../../app/documents/kinds/disclosure_notice.py" line="+20"/>
        <source>the information to be disclosed is not described (Art. 9.4)</source>
        <translation>開示する情報が記載されていません（第9条第4項）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the recipient of the disclosure is not named (Art. 9.4)</source>
        <translation>開示の相手方が記載されていません（第9条第4項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the legal obligation to disclose is blank (Art. 9.4)</source>
        <translation>開示の法令上の根拠が空欄です（第9条第4項）</translation>
    </message>
    <message>
        <location filename="../../app/documents/kinds/evidence_cover.py" line="+20"/>
        <source>the information needed as evidence is not described (Art. 10.2)</source>
        <translation>証拠として必要な情報が記載されていません（第10条第2項）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the proceedings in which the evidence is needed are blank (Art. 10.2)</source>
        <translation>証拠を必要とする手続が空欄です（第10条第2項）</translation>
    </message>
    <message>
        <location filename="../../app/documents/kinds/oral_confirmation.py" line="+23"/>
        <source>the date and time of the oral request are missing (Art. 7.1)</source>
        <translation>口頭による要請の日時が記載されていません（第7条第1項）</translation>
    </message>
    <message>
        <location filename="../../app/documents/kinds/request.py" line="+22"/>
        <source>Art. 7.2(a): the administration making the request is missing</source>
        <extracomment>The 7.2 items whose absence makes a request incomplete ((d) applies only &quot;if known&quot;).</extracomment>
        <translation>第7条第2項(a)：要請を行う税関当局が記載されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 7.2(b): the nature of the proceedings is missing</source>
        <translation>第7条第2項(b)：要請に係る手続の性質が記載されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 7.2(c): the object and the reason for the request are missing</source>
        <translation>第7条第2項(c)：要請の対象及び理由が記載されていません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Art. 7.2(e): the description of the matter and the legal elements are missing</source>
        <translation>第7条第2項(e)：事案の概要及び関係する法的要素が記載されていません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no article of the agreement is relied on (Art. 7.1)</source>
        <translation>根拠とする協定の条項がありません（第7条第1項）</translation>
    </message>
    <message>
        <location filename="../../app/documents/kinds/spontaneous_information.py" line="+32"/>
        <source>the administration giving the information is missing (Art. 3.1)</source>
        <extracomment>The articles spontaneous information may rest on (Art. 3.1, 4.3). Catalogue codes may carry a variant after a hyphen (&quot;4.3-spontaneous&quot; is Art. 4.3 on own initiative), so the article is the part before it. What the record must carry before the letter can be final (Art. 3.1); the treaty layer&apos;s own check (app.treaty.completeness, SPONTANEOUS_ELEMENTS) is added by the caller.</extracomment>
        <translation>情報を提供する税関当局が記載されていません（第3条第1項）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the information provided is missing (Art. 3.1)</source>
        <translation>提供する情報が記載されていません（第3条第1項）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the subject of the information is missing (Art. 3.1)</source>
        <translation>情報の件名が記載されていません（第3条第1項）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no article allowing information without a request is relied on (Art. 3.1 or 4.3)</source>
        <translation>要請によらない情報の提供を認める条項が根拠とされていません（第3条第1項又は第4条第3項）</translation>
    </message>
    <message>
        <location filename="../../app/documents/kinds/statement_of_reasons.py" line="+25"/>
        <source>the decision (refused, postponed, conditional) is missing (Art. 11.4)</source>
        <translation>決定（拒否、延期又は条件付き）が記載されていません（第11条第4項）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the date execution is postponed until is missing (Art. 11.4)</source>
        <translation>延期後の実施日が記載されていません（第11条第4項）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the conditions of execution are missing (Art. 11.1)</source>
        <translation>実施の条件が記載されていません（第11条第1項）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no ground is given (Art. 11)</source>
        <translation>理由が選ばれていません（第11条）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the statement of reasons is blank (Art. 11.4)</source>
        <translation>理由書が空欄です（第11条第4項）</translation>
    </message>
    <message>
        <location filename="../../app/documents/problems.py" line="+13"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the {language} version is missing (Art. {article})</source>
        <translation>{language}による記載がありません（{article}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{key}: {problem}</source>
        <extracomment>A problem as one line: the field&apos;s key, then what is wrong (``ui`` puts the form&apos;s caption in place of the key, and words ``problem`` in its language).</extracomment>
        <translation>{key}：{problem}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the document number is blank</source>
        <translation>文書番号が空欄です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>our reference is blank</source>
        <translation>当方整理番号が空欄です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sending administration is blank</source>
        <translation>発信する税関当局が空欄です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the addressee administration is blank (Art. 7.3)</source>
        <translation>あて先の税関当局が空欄です（第7条第3項）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the partner&apos;s designated official is not named (Art. 7.3)</source>
        <translation>相手方の指定職員が記載されていません（第7条第3項）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the signatory is blank</source>
        <translation>署名者が空欄です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agreement is not named</source>
        <translation>協定が記載されていません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the partner&apos;s reference of the request answered is blank</source>
        <translation>回答する要請の貴方整理番号が空欄です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the date of the request answered is missing</source>
        <translation>回答する要請の日付が記載されていません</translation>
    </message>
    <message>
        <location filename="../../app/services/letters/context.py" line="+13"/>
        <source>{message} (Art. {article})</source>
        <extracomment>An Art. 7.2 finding as a letter problem: the same line as ``str(finding)``.</extracomment>
        <translation>{message}（{article}）</translation>
    </message>
</context>
<context>
    <name>List</name>
    <message>
        <location filename="../../app/i18n.py" line="+159"/>
        <source>, </source>
        <extracomment>The separator of a list given as a parameter (a tuple): &quot;, &quot; in English, &quot;、&quot; in Japanese.</extracomment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>MatchReason</name>
    <message>
        <location filename="../../app/matching/idindex.py" line="+3"/>
        <source>identifier: {kind} {stored} exact</source>
        <extracomment>Why an identifier matched (``IdHit.reason``): English for the CLI, the window&apos;s language there.</extracomment>
        <translation>識別番号：{kind} {stored}と一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identifier: {kind} {stored} exact; {note}</source>
        <translation>識別番号：{kind} {stored}と一致。{note}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identifier: container {stored} matches on owner code and serial; {note}</source>
        <translation>識別番号：コンテナ番号{stored}と所有者コード及び通し番号が一致。{note}</translation>
    </message>
    <message>
        <location filename="../../app/matching/engine.py" line="+43"/>
        <source>name: exact (normalised) {name}</source>
        <extracomment>Why a name matched (``Hit.reason``): English for the CLI, worded in the window&apos;s language.</extracomment>
        <translation>氏名・名称：{name}と一致（正規化後）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name: romanisation variant of {name} (kana/kanji reading)</source>
        <translation>氏名・名称：{name}のローマ字表記の異形（かな・漢字の読み）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name: romanisation variant of {name} (Hepburn/Kunrei/passport)</source>
        <translation>氏名・名称：{name}のローマ字表記の異形（ヘボン式・訓令式・旅券式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name: same letters as {name} written without spaces</source>
        <translation>氏名・名称：{name}を空白なしで書いたものと同じ文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name: fuzzy {score:g} vs {name}</source>
        <translation>氏名・名称：{name}と類似（{score:g}）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>name: fuzzy {score:g} vs {name}; %n name part(s) on one side only</source>
        <translation>
            <numerusform>氏名・名称：{name}と類似（{score:g}）。一方にのみある部分%n個</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../app/services/admin/settings.py" line="+108"/>
        <source>the Japanese profile has no name: the English name is used</source>
        <extracomment>The letter language the Letters dialog and ``print`` start from, in order of preference; empty: the agreement&apos;s first language. Statistics: an open request with no activity for this many days is &quot;cold&quot; (app.services.stats). Letter languages with a section of their own in the profile; English is the top level. Fields of the profile kept per language, and the ones kept once. Letter languages a ``letter_languages`` entry may name (app.documents.LANGUAGES, kept here so reading settings never imports the renderer). What a letter in another language borrows from the English profile, in words.</extracomment>
        <translation>日本語のプロファイルに氏名がないため、英語の氏名を用います</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Japanese profile has no title: the English title is used</source>
        <translation>日本語のプロファイルに職名がないため、英語の職名を用います</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Japanese profile has no signature: the English signature is used</source>
        <translation>日本語のプロファイルに署名欄がないため、英語の署名欄を用います</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Spanish profile has no name: the English name is used</source>
        <translation>スペイン語のプロファイルに氏名がないため、英語の氏名を用います</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Spanish profile has no title: the English title is used</source>
        <translation>スペイン語のプロファイルに職名がないため、英語の職名を用います</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Spanish profile has no signature: the English signature is used</source>
        <translation>スペイン語のプロファイルに署名欄がないため、英語の署名欄を用います</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{gap} (Settings ▸ Profile)</source>
        <translation>{gap}（設定 ▸ プロファイル）</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <location filename="../../app/treaty/restrictions.py" line="-195"/>
        <source>customs purposes (Art. 2.1)</source>
        <extracomment>Purposes a disclosure may serve.</extracomment>
        <translation>税関の目的（第2条第1項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intelligence (not as evidence)</source>
        <translation>情報分析（証拠としては使用しない）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence in criminal proceedings (Art. 10)</source>
        <translation>刑事手続における証拠（第10条）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disclosure required by law (Art. 9.4)</source>
        <translation>法令上義務付けられた開示（第9条第4項）</translation>
    </message>
</context>
<context>
    <name>Reciprocity</name>
    <message>
        <location filename="../../app/treaty/reciprocity.py" line="+45"/>
        <source>We could not comply with a similar request, so the request must draw attention to that fact (Art. 11.2).</source>
        <translation>当方は同様の要請に応ずることができないため、要請においてその旨を明らかにしなければなりません（第11条第2項）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The requesting administration could not comply with a similar request; executing it is at our discretion (Art. 11.2).</source>
        <translation>要請当局は同様の要請に応ずることができないため、要請の実施は当方の裁量に委ねられます（第11条第2項）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reciprocity does not apply to spontaneous information (Art. 11.2 covers requests).</source>
        <translation>相互主義は自発的な情報の提供には適用されません（第11条第2項は要請に関する規定です）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No reciprocity limitation noted (Art. 11.2).</source>
        <translation>相互主義による制限はありません（第11条第2項）。</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../app/services/validation.py" line="+32"/>
        <source>is required</source>
        <extracomment>The largest record number (a row id) any store holds: a 32-bit integer column on PostgreSQL. A larger number names no record; it is never looked up (the server would refuse the query). The most common refusal: a required field left empty.</extracomment>
        <translation>入力が必要です</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>was changed by another officer after you opened it; nothing was saved; reload it and apply your changes again</source>
        <extracomment>Why a stale save is refused (``StaleEdit``), after the record&apos;s name.</extracomment>
        <translation>開いた後に別の職員が変更しました。何も保存されていません。再読み込みして変更をもう一度適用してください</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>must be text, not {kind}</source>
        <translation>{kind}ではなく、文字列で指定してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>contains the control character U+{code}, which cannot be stored or printed; remove it</source>
        <translation>制御文字U+{code}が含まれています。保存も印刷もできないため、削除してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contains an invalid character (lone surrogate U+{code})</source>
        <translation>無効な文字（単独のサロゲートU+{code}）が含まれています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is {length:,} characters long; at most {limit:,} are allowed</source>
        <translation>{length:,}文字あります。{limit:,}文字以内にしてください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a date is required</source>
        <translation>日付を入力してください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a date (use YYYY-MM-DD)</source>
        <translation>{value}は日付ではありません（YYYY-MM-DDの形式で入力してください）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a date, not {kind}</source>
        <translation>{kind}ではなく、日付で指定してください</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a date and time is required</source>
        <translation>日時を入力してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not a date and time (use YYYY-MM-DDTHH:MM)</source>
        <translation>{value}は日時ではありません（YYYY-MM-DDTHH:MMの形式で入力してください）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a date and time, not {kind}</source>
        <translation>{kind}ではなく、日時で指定してください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} is not one of: {allowed}</source>
        <translation>{value}は指定できません（指定できるもの：{allowed}）</translation>
    </message>
    <message>
        <location filename="../../app/treaty/lifecycle.py" line="+125"/>
        <source>unknown direction {value} (one of {known})</source>
        <extracomment>Directions whose records are checked against the watch list (Art. 4.2): we received something. Statuses in which the request has been answered: the due-date clock stops (nothing is owed any more but closing the file), though the request stays open until closed.</extracomment>
        <translation>不明な区分{value}です（{known}のいずれか）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown status {value} (one of {known})</source>
        <translation>不明な状態{value}です（{known}のいずれか）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{code} is not a ground in {agreement}</source>
        <translation>{code}は{agreement}の拒否の理由ではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} ({ground}) does not justify {target}; it allows {allowed}</source>
        <translation>{code}（{ground}）は「{target}」の理由になりません。この理由で可能なもの：{allowed}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>none (final status)</source>
        <translation>なし（最終の状態）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot go from {current} to {target} ({direction}); allowed: {allowed}</source>
        <translation>「{current}」から「{target}」には変更できません（{direction}）。変更できる状態：{allowed}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a refusal needs at least one ground</source>
        <translation>拒否には拒否の理由を一つ以上選んでください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a postponement needs at least one ground</source>
        <translation>延期には理由を一つ以上選んでください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a refusal needs a statement of reasons</source>
        <translation>拒否には理由書が必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a postponement needs a statement of reasons</source>
        <translation>延期には理由書が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} is in the past</source>
        <translation>{day}は過去の日付です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>conditional assistance needs the conditions or requirements to be stated</source>
        <translation>条件付きの支援には、条件又は要件の記載が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>withholding needs the ground {ground}</source>
        <translation>差控えには理由{ground}が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>leaving withheld needs the outcome of the consultation with the requesting administration</source>
        <translation>差控えを終えるには、要請当局との協議の結果の記載が必要です</translation>
    </message>
    <message>
        <location filename="../../app/services/admin/audit_log.py" line="+56"/>
        <source>{u} is before since {s}</source>
        <translation>終了日{u}が開始日{s}より前です</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>must be between 1 and {MAX_PAGE}</source>
        <extracomment>Keys of an entry&apos;s detail that say the value before the write, for the field they name: action prefix -&gt; (field, key of the value before, key of the value after). Actions that create their record: there is no value before them, and an edit&apos;s earlier values are looked for no further back than one of these. A fact this entry recorded (a new record&apos;s field, a move&apos;s grounds): no value before applies, and it is shown as ``field: after``. The order the lines of an entry are read in: what the officer looks for first, the Art. 7.2 elements in their letters&apos; order; any other field after these, by name.</extracomment>
        <translation>1から{MAX_PAGE}までの数で指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must not be negative</source>
        <translation>負の数は指定できません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{column} is not one of: actor, action, entity_type</source>
        <translation>{column}は指定できません（actor、action、entity_typeのいずれか）</translation>
    </message>
    <message>
        <location filename="../../app/services/admin/backup.py" line="+90"/>
        <source>only a file store has rolling backups</source>
        <extracomment>The two small members are read into memory: a crafted file must not make that costly.</extracomment>
        <translation>自動バックアップは、ファイル形式の保管庫のみで行われます</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>must be a whole number, 0 or more (0 keeps all)</source>
        <translation>0以上の整数で指定してください（0はすべて保持）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{out} is a folder; give a file name</source>
        <translation>{out}はフォルダです。ファイル名を指定してください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot write {out} ({strerror})</source>
        <translation>{out}に書き込めません（{strerror}）</translation>
    </message>
    <message>
        <location filename="../../app/services/admin/demo.py" line="+108"/>
        <source>already holds the invented demo data (it is a trial desk)</source>
        <extracomment>Who the audit log names for every write of the demo loader: plainly not an officer. The audit action of the demo&apos;s first entry; a store holding one is a trial desk for good. Audit actions a new store has before anyone worked in it.</extracomment>
        <translation>既に架空のデモデータが入っています（試用デスクです）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is an officer&apos;s desk ({done} {entries} in its audit log: a profile, settings or records); the invented demo never goes into a real desk{hint}</source>
        <translation>職員の実務用デスクです（監査ログに{done}{entries}：プロファイル、設定又は記録）。架空のデモデータを実務用デスクに入れることはできません{hint}</translation>
    </message>
    <message>
        <location filename="../../app/services/admin/first_run.py" line="+80"/>
        <location filename="../../app/services/admin/settings.py" line="+347"/>
        <source>choose at least one agreement in use</source>
        <translation>使用する協定を一つ以上選んでください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{key} is not a built-in agreement</source>
        <translation>{key}は組込みの協定ではありません</translation>
    </message>
    <message>
        <location filename="../../app/services/admin/settings.py" line="-302"/>
        <source>must be a mapping of profile fields</source>
        <translation>プロファイルの項目の対応表で指定してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not a field of the profile</source>
        <translation>プロファイルの項目ではありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a mapping of name, title and signature</source>
        <translation>氏名、職名及び署名欄の対応表で指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a field of the profile (one of {join_profile_text_fields})</source>
        <translation>プロファイルの項目ではありません（{join_profile_text_fields}のいずれか）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be an administration&apos;s number</source>
        <translation>税関当局の番号で指定してください</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>must be a list of letter languages, e.g. ja+en,en</source>
        <translation>文書の言語のリストで指定してください（例：ja+en,en）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{code} is not a letter language (one of {join_letter_languages})</source>
        <translation>{code}は文書の言語ではありません（{join_letter_languages}のいずれか）</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+45"/>
        <source>unknown setting {key}</source>
        <translation>不明な設定{key}です</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+171"/>
        <source>must be a whole number, 0 or more</source>
        <translation>0以上の整数で指定してください</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>must be one of {join_base_languages}</source>
        <translation>{join_base_languages}のいずれかで指定してください</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>unknown setting {key}; valid keys: {join_keys}</source>
        <extracomment>Kinds of value a dotted key holds: how ``parse_value`` reads a command-line text. Every key the officer can change, with its kind. ``profile.*`` are fields of the profile (``profile.en.*`` is the same as the top level); ``own.*`` the own administration&apos;s name per language, address and letterhead lines (per language) on its directory row; the rest whole settings. The business-day policy is ``oral_confirmation_days`` (Art. 7.1 &quot;promptly&quot;), ``incoming_due_business_days`` and ``due_soon_days``, counted in the calendar of the side that must act (app.treaty.clocks).</extracomment>
        <translation>不明な設定{key}です。有効な設定：{join_keys}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a whole number, not {text}</source>
        <translation>{text}ではなく、整数で指定してください</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>must be a list of agreement keys</source>
        <translation>協定のキーのリストで指定してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be lines of text</source>
        <translation>文字列の行で指定してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../app/services/search/queries.py" line="+131"/>
        <source>must be text, not {name__}</source>
        <extracomment>Kinds whose index key is a database id (they have no reference of their own): a hit of one carries the officer-facing key ``search_labels`` builds from its parent instead. Fields of a hit that are database ids: used in-process (to select the row), never printed.</extracomment>
        <translation>{name__}ではなく、文字列で指定してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is required, e.g. {prefix}-{year}-{seq:04d}</source>
        <translation>入力が必要です（例：{prefix}-{year}-{seq:04d}）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no own administration numbered {number}</source>
        <translation>番号{number}の自国の税関当局はありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is required (it signs letters)</source>
        <translation>入力が必要です（文書の署名に用います）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no agreement {k} (one of {join_sorted_rows})</source>
        <translation>協定{k}はありません（{join_sorted_rows}のいずれか）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the desk has no own administration to change</source>
        <translation>このデスクには変更できる自国の税関当局がありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is required (letters head with it)</source>
        <translation>入力が必要です（文書のレターヘッドに用います）</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/catalogue.py" line="+50"/>
        <location line="+149"/>
        <location filename="../../app/services/requests/listing.py" line="+224"/>
        <source>no agreement with key {key}</source>
        <extracomment>The agreement&apos;s own clauses (its catalogue, else the Japan–US model&apos;s 3 months, Art. 14.2). The record&apos;s edit count as read: the agreement editor saves on it (``save_agreement``&apos;s ``expected_version``), so a save after another officer&apos;s is refused.
----------
Navigation groups of the list: which directions each one shows. agreement id -&gt; (key, partner name, termination date or None). Catalogues of the agreements last read by ``agreement_entries``, by key: the list names a basis from them (``basis_caption``) without a query per row. Sortable columns: key -&gt; the request columns it orders by, before the insertion-order tie-break (id). &quot;partner&quot; is a property of the agreement and is paged apart (None). &quot;due&quot; adds the status so that the order matches the ``ix_request_list_due`` index (no sort step). The request columns a list row is built from, in the order ``make_row`` reads them. Agreement columns read for the list (partner name and termination, Art. 14.2). Clock flags a filter can ask for.</extracomment>
        <translation>キー{key}の協定はありません</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{day} is before the agreement was signed ({signed_on})</source>
        <translation>{day}は協定の署名日（{signed_on}）より前です</translation>
    </message>
    <message>
        <location filename="../../app/services/agreements/directory.py" line="+43"/>
        <source>must map a letter language (en, ja, es) to a text</source>
        <extracomment>The letter languages a name may be kept in.</extracomment>
        <translation>文書の言語（en、ja、es）ごとに文字列を指定してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a letter language (one of {join_name_languages})</source>
        <translation>文書の言語ではありません（{join_name_languages}のいずれか）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be a two-letter ISO 3166 code, e.g. JP</source>
        <translation>ISO 3166の2文字のコードで指定してください（例：JP）</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+142"/>
        <source>no administration {administration_id}</source>
        <extracomment>The record&apos;s edit count as read: an editor saves on it (``expected_version``), so a save after another officer&apos;s is refused naming the record.</extracomment>
        <translation>税関当局{administration_id}はありません</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>no agreement {key} (one of {known})</source>
        <extracomment>The record&apos;s edit count as read: an editor saves on it (``expected_version``), so a save after another officer&apos;s is refused naming the record.</extracomment>
        <translation>協定{key}はありません（{known}のいずれか）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the directory has no administration of {partner_country}, the partner under {key}: add it first</source>
        <translation>名簿に{key}の相手国である{partner_country}の税関当局がありません。先に追加してください</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>name the agreement (or the administration) the official is designated under</source>
        <translation>職員が指定されている協定（又は税関当局）を指定してください</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{name} ({country}) is not the partner under {key} ({partner_country})</source>
        <translation>{name}（{country}）は{key}の相手国（{partner_country}）の税関当局ではありません</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no designated official {official_id}</source>
        <translation>指定職員{official_id}はいません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is not the partner under {key} ({partner_country})</source>
        <translation>{name}は{key}の相手国（{partner_country}）の税関当局ではありません</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>no authority {authority_id}</source>
        <translation>当局{authority_id}はありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an authority named {name_c} is already on the list</source>
        <translation>{name_c}という当局は既に一覧にあります</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger/disclosures.py" line="+119"/>
        <source>{ctry} is not a two-letter country code</source>
        <extracomment>The name in each letter language kept besides ``name`` (``{&quot;ja&quot;: &quot;警視庁&quot;}``). The record&apos;s edit count as read: the editor saves on it (``edit_authority``&apos;s ``expected_version``), so a save after another officer&apos;s is refused.</extracomment>
        <translation>{ctry}は2文字の国コードではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an authority named {nm} is already on the list</source>
        <translation>{nm}という当局は既に一覧にあります</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{value} is not a document number (e.g. 12 or D-12)</source>
        <translation>{value}は文書番号ではありません（例：12又はD-12）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>document {doc_id} is not a recorded written approval</source>
        <translation>文書{doc_id}は記録された書面による承認ではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>document {doc_id} approves use by {name}, not by {name2}</source>
        <translation>文書{doc_id}が承認しているのは{name}による使用であり、{name2}による使用ではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>document {doc_id} does not cover {join_it_code_for_it_in_i}</source>
        <translation>文書{doc_id}は{join_it_code_for_it_in_i}を対象としていません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>name at least one information item</source>
        <translation>情報を一つ以上指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an item is named twice</source>
        <translation>同じ情報が二度指定されています</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>name the law that requires the disclosure</source>
        <translation>開示を義務付ける法令を記載してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{when} is in the future; record a disclosure once it is made</source>
        <translation>{when}は将来の日付です。開示は、行った後に記録してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an override needs a written justification</source>
        <translation>規則に反する記録には、書面による理由の記載が必要です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no override is needed: the disclosure is {decision_verdict_replace}</source>
        <translation>規則に反する記録は不要です。この開示は{decision_verdict_replace}です</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+49"/>
        <source>no disclosure {disclosure_id}</source>
        <translation>開示{disclosure_id}はありません</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>disclosure {id} was already corrected by {later}</source>
        <translation>開示{id}は既に{later}により訂正されています</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot be corrected on a disclosure</source>
        <translation>開示の記録では訂正できません</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger/information.py" line="+93"/>
        <source>no information item {code}</source>
        <translation>情報{code}はありません</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>a notice date is given but the item is not marked &apos;no onward passing to law enforcement&apos;</source>
        <extracomment>Ids per ``IN (...)`` list: SQLite caps the parameters of one statement.</extracomment>
        <translation>通知日が記載されていますが、この情報には「法執行機関への提供禁止」の表示がありません</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{day} is in the future; record information once it has been received or provided</source>
        <translation>{day}は将来の日付です。情報は、受領又は提供した後に記録してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{notice} is in the future; record the provider&apos;s notice once it is given</source>
        <translation>{notice}は将来の日付です。提供元の通知は、通知があった後に記録してください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no request with reference {request_ref}</source>
        <translation>整理番号{request_ref}の要請はありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{corrects} was already corrected by {corrected_by_s_old_id}; correct the latest entry</source>
        <translation>{corrects}は既に{corrected_by_s_old_id}により訂正されています。最新の記録を訂正してください</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>is not a field of an information item</source>
        <translation>情報の項目ではありません</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the document is empty</source>
        <translation>文書が空です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the document is larger than {max_attachment_2_20} MB</source>
        <translation>文書が{max_attachment_2_20} MBを超えています</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{text} is not on the list of authorities (add it with &apos;liaison-desk authorities add&apos;)</source>
        <translation>{text}は当局の一覧にありません（&apos;liaison-desk authorities add&apos;で追加してください）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the written approval must be on file (attach the letter)</source>
        <translation>書面による承認を保存してください（承認の文書を添付してください）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{granted} is in the future; record an approval once it is given</source>
        <translation>{granted}は将来の日付です。承認は、承認を得た後に記録してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{code} is information we provided; approvals are for information received</source>
        <translation>{code}は当方が提供した情報です。承認は受領した情報について記録します</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no document {document_id} attached to {code}</source>
        <translation>{code}に添付された文書{document_id}はありません</translation>
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
        <translation>整理番号{ref}の要請はありません</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{lang} is not a language of {short_title} (one of {join_offered})</source>
        <translation>{lang}は{short_title}の言語ではありません（{join_offered}のいずれか）</translation>
    </message>
    <message>
        <location filename="../../app/services/letters/context.py" line="-93"/>
        <source>is not an input of a letter</source>
        <extracomment>Letter kinds that restate the record itself, so its completeness (Art. 7.2; Art. 3.1/4.3 for spontaneous information) blocks a FINAL one. Letter kinds whose text is itself information exchanged under the agreement (the request and the parties it names; the reasons for a refusal, postponement or withholding and the information that may accompany them, Art. 11.3, 11.4) or describes such information (Art. 9.1, 9.4, 10.2 letters). Art. 9.1 binds every such piece of information, so these letters are marked at least &quot;customs use only&quot; even when no information item is filed with the request yet. The acknowledgement of receipt says only that a request arrived, and is not marked for it. Letter kinds with a place for the officer&apos;s ``remarks``: a Remarks section (acknowledgement, evidence cover, spontaneous information), or the statement itself (Art. 11.3, 11.4). Any other kind refuses them rather than drop them unprinted. Short codes used in document numbers, e.g. ``JPUS-2026-0001-ACK1``. ``conditions`` / ``remarks`` given per language (``{&quot;remarks&quot;: {&quot;ja&quot;: ...}}``); then the plain field holds one of them (the letter prints each language&apos;s own).</extracomment>
        <translation>文書の入力項目ではありません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown letter kind {kind} (one of {join_letter_kinds})</source>
        <translation>不明な文書の種類{kind}です（{join_letter_kinds}のいずれか）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown letter language {lang} (one of {join_languages})</source>
        <translation>不明な文書の言語{lang}です（{join_languages}のいずれか）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{article} {name} letter has no place for remarks (only {join_map_words_remarks_k}); nothing was printed</source>
        <translation>{article}{name}の文書には備考欄がありません（備考欄があるもの：{join_map_words_remarks_k}）。印刷は行われませんでした</translation>
    </message>
    <message>
        <location filename="../../app/services/letters/registry.py" line="-22"/>
        <source>a document number is a whole number, not {doc_id}</source>
        <translation>文書番号は整数です（{doc_id}は無効です）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no document {doc_id}</source>
        <translation>文書{doc_id}はありません</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+30"/>
        <source>document {doc_id} does not match its SHA-256; run verify</source>
        <translation>文書{doc_id}がSHA-256と一致しません。verifyを実行してください</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>no output file given</source>
        <translation>出力ファイルが指定されていません</translation>
    </message>
    <message>
        <location filename="../../app/services/requests/commands.py" line="+132"/>
        <source>request {ref} is {status}; a closed request cannot be edited</source>
        <translation>要請{ref}は「{status}」です。終了した要請は編集できません</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{what}; missing: {listing}</source>
        <translation>{what}。未記載：{listing}</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>request {ref} is assigned to {officer}; only a supervisor may reassign it</source>
        <translation>要請{ref}は{officer}に割り当てられています。担当の変更は監督者のみが行えます</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>request {ref} was made in writing; nothing to confirm</source>
        <translation>要請{ref}は書面により行われたため、確認するものはありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../app/services/requests/fields.py" line="+122"/>
        <source>is before the oral request was made</source>
        <translation>口頭による要請が行われた日より前です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{day} is in the future; record the confirmation once it has been received</source>
        <translation>{day}は将来の日付です。確認は、受領した後に記録してください</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no subject {subject_code}</source>
        <translation>監視対象{subject_code}はありません</translation>
    </message>
    <message>
        <location filename="../../app/services/requests/fields.py" line="-102"/>
        <source>is not a field of a request</source>
        <translation>要請の項目ではありません</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>must be a list of legal basis codes</source>
        <translation>根拠条項のコードのリストで指定してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code} is not a legal basis in {short_title}</source>
        <translation>{code}は{short_title}の根拠条項ではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be true or false</source>
        <translation>真又は偽で指定してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/services/surveillance/rules.py" line="+197"/>
        <source>must be a mapping of field names to values</source>
        <translation>項目名と値の対応表で指定してください</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+9"/>
        <source>must be a record number</source>
        <translation>記録の番号で指定してください</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>no administration {pid}</source>
        <translation>税関当局{pid}はありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no designated official {oid}</source>
        <translation>指定職員{oid}はいません</translation>
    </message>
    <message>
        <location filename="../../app/services/requests/listing.py" line="-221"/>
        <source>must be one of {join_groups}</source>
        <translation>{join_groups}のいずれかで指定してください</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown flag {sorted_unknown_0}; use {join_flags}</source>
        <translation>不明な表示{sorted_unknown_0}です。{join_flags}を使用してください</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>cannot sort by {sort_key}; use one of {join_sort_keys}</source>
        <extracomment>Below this share of its group a filter is &quot;sparse&quot;: read its matches by the filter&apos;s index and sort them; above it, walk the sort index and skip non-matches. Without planner statistics SQLite cannot tell the two apart, and the wrong plan costs a full scan (seconds at 100k rows). PostgreSQL has the statistics: there the filter is left to its planner.</extracomment>
        <translation>{sort_key}では並べ替えできません。{join_sort_keys}のいずれかを使用してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>offset and limit must be 0 or more</source>
        <translation>offset及びlimitは0以上で指定してください</translation>
    </message>
    <message>
        <location filename="../../app/services/requests/refs.py" line="+23"/>
        <source>{pattern} is not a valid pattern ({exc})</source>
        <translation>{pattern}は有効な形式ではありません（{exc}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be text, e.g. {prefix}-{year}-{seq:04d}</source>
        <translation>文字列で指定してください（例：{prefix}-{year}-{seq:04d}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must contain {seq} (e.g. {prefix}-{year}-{seq:04d})</source>
        <translation>{seq}を含めてください（例：{prefix}-{year}-{seq:04d}）</translation>
    </message>
    <message>
        <location filename="../../app/services/search/queries.py" line="+4"/>
        <source>is {n_text:,} characters long; at most {MAX_QUERY_CHARS} are searched</source>
        <translation>{n_text:,}文字あります。検索されるのは{MAX_QUERY_CHARS}文字までです</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a whole number from 1 to {MAX_LIMIT}</source>
        <translation>1から{MAX_LIMIT}までの整数で指定してください</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{kind} is not one of {join_search_index_kinds}</source>
        <translation>{kind}は指定できません（{join_search_index_kinds}のいずれか）</translation>
    </message>
    <message>
        <location filename="../../app/services/surveillance/commands.py" line="+24"/>
        <source>is not a field of a surveillance subject</source>
        <translation>監視対象の項目ではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>subject {code} is {kind}; record a new subject instead of changing its kind</source>
        <translation>監視対象{code}の種類は{kind}です。種類を変更せず、新たな監視対象を記録してください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>say which means of transport: vessel, aircraft, road_vehicle or container</source>
        <translation>輸送手段の種類（vessel、aircraft、road_vehicle又はcontainer）を指定してください</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>must be a list of identifiers</source>
        <translation>識別情報のリストで指定してください</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a {kind} subject needs a name, a description or an identifier to be recognised</source>
        <translation>{kind}の監視対象を特定するには、名称、説明又は識別情報が必要です</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>must be a list of request references</source>
        <translation>要請の整理番号のリストで指定してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{ref} is under another agreement than the subject</source>
        <translation>{ref}は監視対象とは別の協定に基づく要請です</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>is required: person, goods or transport</source>
        <translation>入力が必要です：人、物品又は輸送手段</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>say under which agreement the surveillance was asked (an agreement key or a linked request)</source>
        <translation>監視がどの協定に基づき要請されたかを指定してください（協定のキー又は関連する要請）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>surveillance of {code} was lifted; its record is kept as it was</source>
        <translation>{code}の監視は解除されています。記録はそのまま保存されます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>surveillance of {code} has lapsed; extend it explicitly, with the new request that asks for it</source>
        <translation>{code}の監視期間は経過しています。延長は、それを求める新たな要請により明示的に行ってください</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>surveillance of {code} was already lifted on {lifted_on}</source>
        <translation>{code}の監視は{lifted_on}に既に解除されています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} is before the period started ({period_start})</source>
        <translation>{day}は監視期間の開始日（{period_start}）より前です</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>surveillance of {code} was lifted; record a new subject for a new surveillance</source>
        <translation>{code}の監視は解除されています。新たな監視には新たな監視対象を記録してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{end} is not after the current end ({old_end})</source>
        <translation>{end}は現在の終了日（{old_end}）より後ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{end} is already past</source>
        <translation>{end}は既に過ぎています</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{request_ref} is not a new request: it predates the lapse on {old_end}</source>
        <translation>{request_ref}は新たな要請ではありません（{old_end}の期間経過より前の要請です）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>surveillance of {code} lapsed on {old_end}; extending it needs a new request for surveillance</source>
        <translation>{code}の監視期間は{old_end}に経過しました。延長には監視を求める新たな要請が必要です</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{code} is linked to {join_refs} and cannot be deleted; lift the surveillance instead (its history is kept)</source>
        <translation>{code}は{join_refs}に関連付けられているため削除できません。代わりに監視を解除してください（経過は保存されます）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code} has observations and cannot be deleted; lift the surveillance instead (its history is kept)</source>
        <translation>{code}には監視記録があるため削除できません。代わりに監視を解除してください（経過は保存されます）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code} has attachments and cannot be deleted; lift the surveillance instead (its history is kept)</source>
        <translation>{code}には添付ファイルがあるため削除できません。代わりに監視を解除してください（経過は保存されます）</translation>
    </message>
    <message>
        <location filename="../../app/services/surveillance/listing.py" line="+98"/>
        <source>offset must be 0 or more and limit 1 or more</source>
        <translation>offsetは0以上、limitは1以上で指定してください</translation>
    </message>
    <message>
        <location filename="../../app/services/surveillance/observations.py" line="-23"/>
        <source>is not a field of an observation</source>
        <translation>監視記録の項目ではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{when:%Y-%m-%d %H:%M} UTC is in the future</source>
        <translation>{when:%Y-%m-%d %H:%M}（UTC）は将来の日時です</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{when} is before request {our_ref} ({request_day_anchor_isofo})</source>
        <translation>{when}は要請{our_ref}の日付（{request_day_anchor_isofo}）より前です</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+12"/>
        <source>no observation {observation_id}</source>
        <translation>監視記録{observation_id}はありません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be the bytes of the file</source>
        <translation>ファイルの内容（バイト列）で指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is empty; nothing to attach</source>
        <translation>{name}は空です。添付するものがありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is {n_content:,} bytes; at most {MAX_ATTACHMENT_BYTES:,} can be attached</source>
        <translation>{name}は{n_content:,}バイトです。添付できるのは{MAX_ATTACHMENT_BYTES:,}バイトまでです</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no observation {observation_id} of {code}</source>
        <translation>{code}の監視記録{observation_id}はありません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>choose at least one observation to report</source>
        <translation>報告する監視記録を一つ以上選んでください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no observation {oid} of {code}</source>
        <translation>{code}の監視記録{oid}はありません</translation>
    </message>
    <message>
        <location filename="../../app/services/surveillance/rules.py" line="-82"/>
        <source>must be a mapping with type and value</source>
        <extracomment>Events that happen somewhere: a movement or sighting reported without its place tells the requesting administration nothing it can act on, so these need a place or a UN/LOCODE. &quot;other&quot; (a note such as a change of owner) may have no place. What the desk says where an older observation has no place (recorded before it was required).</extracomment>
        <translation>種類と値の対応表で指定してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is not a field of an identifier</source>
        <translation>識別情報の項目ではありません</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{text} is not a two-letter country code (e.g. JP, US, PA)</source>
        <translation>{text}は2文字の国コードではありません（例：JP、US、PA）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{text} is not a UN/LOCODE: expected 2 letters of country and 3 letters or digits 2-9, e.g. JPYOK</source>
        <translation>{text}はUN/LOCODEではありません。国を示す2文字と、3文字の英字又は2から9の数字が必要です（例：JPYOK）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>is required for a movement or sighting: give a place or a UN/LOCODE</source>
        <translation>移動又は目撃の記録には入力が必要です：場所又はUN/LOCODEを入力してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be a list of names</source>
        <translation>名称のリストで指定してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is not a field of a name</source>
        <translation>名称の項目ではありません</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>is not a field of a {kind} subject (allowed: {join_allowed})</source>
        <translation>{kind}の監視対象の項目ではありません（指定できるもの：{join_allowed}）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{text} is not an HS code: 4, 6, 8 or 10 digits (e.g. 9102.11)</source>
        <translation>{text}はHSコードではありません。4桁、6桁、8桁又は10桁で入力してください（例：9102.11）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a surveillance period needs an end date; surveillance is never open-ended</source>
        <translation>監視期間には終了日が必要です。期限のない監視は行いません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{end} is before the start of the period ({start})</source>
        <translation>{end}は監視期間の開始日（{start}）より前です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{review_on} is before the start of the period ({start})</source>
        <translation>{review_on}は監視期間の開始日（{start}）より前です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{review_on} is after the end of the period ({end})</source>
        <translation>{review_on}は監視期間の終了日（{end}）より後です</translation>
    </message>
    <message>
        <location filename="../../app/services/surveillance/views.py" line="+161"/>
        <source>no surveillance subject {code}</source>
        <extracomment>Other subjects its notes name (``WatchHit``), once the caller has checked (``observations.observation_watch_hits``). Existing subjects this one looks like (``WatchHit``), once the caller has checked (``commands.similar_subjects``). The record&apos;s edit count as read (optimistic concurrency): an editor saves on it, so a save after another officer&apos;s is refused (``commands.edit_subject``&apos;s ``expected_version``).</extracomment>
        <translation>監視対象{code}はありません</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>subject {code} has an unknown kind {kind}</source>
        <translation>監視対象{code}の種類{kind}は不明です</translation>
    </message>
    <message>
        <location filename="../../app/services/texts.py" line="+72"/>
        <source>must be text, or a mapping of language codes (en, ja, es) to text</source>
        <extracomment>Languages a free text is kept in (the letter languages; bilingual letters combine them). The language of a row&apos;s columns when it has none recorded (rows older than migration 0007). Free-text fields of a request that letters print, with their article. Free-text fields of an outcome that the statement of reasons prints, with their article. In a ``{lang: text}`` mapping, the key for &quot;the desk&apos;s default language&quot;.</extracomment>
        <translation>文字列、又は言語コード（en、ja、es）と文字列の対応表で指定してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{lang} is not a text language (one of {join_text_languages})</source>
        <translation>{lang}は記載の言語ではありません（{join_text_languages}のいずれか）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be text</source>
        <translation>文字列で指定してください</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>must be a JSON object</source>
        <translation>JSONオブジェクトで指定してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an object with the five Art. 7.2 fields</source>
        <translation>第7条第2項の五つの項目を持つオブジェクトで指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not an Art. 7.2 element</source>
        <translation>第7条第2項の事項ではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be an object of {field: {lang: text}}</source>
        <translation>{field: {lang: text}}の形式のオブジェクトで指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is not a text of a request</source>
        <translation>要請の記載事項ではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be an object of {lang: text}</source>
        <translation>{lang: text}の形式のオブジェクトで指定してください</translation>
    </message>
    <message>
        <location filename="../../app/services/admin/move_to_server.py" line="+38"/>
        <source>this desk is on a server already; move a file desk (--data-dir)</source>
        <translation>このデスクは既にサーバー上にあります。ファイルのデスク（--data-dir）を移してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a database URL (postgresql+psycopg://ROLE@HOST/DATABASE)</source>
        <translation>データベースのURLではありません（postgresql+psycopg://ROLE@HOST/DATABASE）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must name a PostgreSQL database (postgresql+psycopg://ROLE@HOST/DATABASE)</source>
        <translation>PostgreSQLのデータベースを指定してください（postgresql+psycopg://ROLE@HOST/DATABASE）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{database}: {refusal}</source>
        <translation>{database}：{refusal}</translation>
    </message>
    <message>
        <location filename="../../app/services/admin/server_roles.py" line="+61"/>
        <source>roles exist on a shared PostgreSQL desk only (LIAISON_DESK_DATABASE_URL); a file desk has one officer</source>
        <extracomment>Desk role -&gt; the server&apos;s group role. A role name an administrator types: letters, digits, underscore, dot, hyphen; 63 at most.</extracomment>
        <translation>ロールは共有のPostgreSQLデスク（LIAISON_DESK_DATABASE_URL）にのみあります。ファイルのデスクの職員は一人です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{role} is not one of {roles}</source>
        <translation>{role}は{roles}のいずれでもありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a role name (letters, digits, _ . -; not pg_...)</source>
        <translation>{name}はロール名ではありません（英字、数字、_ . -。pg_で始まらないこと）</translation>
    </message>
    <message>
        <location filename="../../app/services/context.py" line="+51"/>
        <source>contains a NUL character (U+0000), which no text can hold; remove it</source>
        <extracomment>The largest value a PostgreSQL ``integer`` column holds (SQLite&apos;s hold 64 bits).</extracomment>
        <translation>NUL文字（U+0000）が含まれています。テキストには保存できないため、削除してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{value} is out of range (at most {most})</source>
        <translation>{value}は範囲外です（最大{most}）</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>{actor} is an auditor on this desk: reading only; nothing was written</source>
        <extracomment>Rows written with Core statements (the ORM&apos;s flush does not see them): ``(kind, id)``. Whole tables this write filled without the ORM (an import): ``table -&gt; {&quot;rows&quot;, &quot;sum&quot;}`` (``app.security.state``), bound by the entry beside the rows the flush saw. The watch list&apos;s index of this desk (``app.services.surveillance.watch_index`` makes it).</extracomment>
        <translation>{actor}はこのデスクの監査担当です。閲覧のみで、何も書き込まれていません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>was changed by another officer while this was being saved; nothing was saved; reload it and apply your changes again</source>
        <translation>保存中に別の職員が変更しました。何も保存されていません。再読み込みして変更をもう一度適用してください</translation>
    </message>
</context>
<context>
    <name>SearchLabel</name>
    <message>
        <location filename="../../app/services/search/labels.py" line="+6"/>
        <source>surveillance {status}</source>
        <translation>監視：{status}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surveillance of {name} ({code})</source>
        <translation>{name}（{code}）の監視</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item {item}</source>
        <translation>情報{item}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item {item} and {more} more</source>
        <translation>情報{item}ほか{more}件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure to {authority}</source>
        <translation>{authority}への開示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} (OVERRIDE)</source>
        <translation>{what}（規則に反する記録）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} ({inner})</source>
        <translation>{text}（{inner}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{what} “{file}”</source>
        <translation>{what}「{file}」</translation>
    </message>
</context>
<context>
    <name>SubjectKind</name>
    <message>
        <location line="-12"/>
        <source>person</source>
        <translation>人物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goods</source>
        <translation>物品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>means of transport</source>
        <translation>輸送手段</translation>
    </message>
</context>
<context>
    <name>WatchHit</name>
    <message>
        <location filename="../../app/services/surveillance/watchlist.py" line="+49"/>
        <source>possible match: subject {code} ({name}), {state}</source>
        <extracomment>What a watch-list hit says (``WatchHit.message``), through the app catalogue.</extracomment>
        <translation>該当の可能性：監視対象{code}（{name}）、{state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} surveillance until {end}</source>
        <translation>特別の監視（{status}）、{end}まで</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status} surveillance under {refs} until {end}</source>
        <translation>{refs}による特別の監視（{status}）、{end}まで</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surveillance lapsed on {end}</source>
        <translation>特別の監視は{end}に期間満了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surveillance under {refs} lapsed on {end}</source>
        <translation>{refs}による特別の監視は{end}に期間満了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surveillance lifted on {lifted}</source>
        <translation>特別の監視は{lifted}に解除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>surveillance under {refs} lifted on {lifted}</source>
        <translation>{refs}による特別の監視は{lifted}に解除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no end date</source>
        <translation>終了日なし</translation>
    </message>
</context>
</TS>
