<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AdministrationDialog</name>
    <message>
        <location filename="../../ui/dialogs/directory.py" line="+206"/>
        <source>Edit administration</source>
        <translation>税関当局の編集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add administration</source>
        <translation>税関当局の追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country (ISO, e.g. US):</source>
        <translation>国（ISOコード、例：US）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Postal address:</source>
        <translation>郵便宛先：</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ui/dialogs/agreement_edit.py" line="+46"/>
        <source>Agreement details</source>
        <translation>協定の詳細</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Short title:</source>
        <translation>略称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full title:</source>
        <translation>正式名称：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title in letters ({0}):</source>
        <translation>文書に記載する名称（{0}）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed on (YYYY-MM-DD):</source>
        <translation>署名日（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force on (YYYY-MM-DD):</source>
        <translation>効力発生日（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages (e.g. en,ja):</source>
        <translation>言語（例：en,ja）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference prefix:</source>
        <translation>整理番号の接頭辞：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reload and reapply</source>
        <extracomment>The form as read: what a reload and reapply compares the officer&apos;s edits with.</extracomment>
        <translation>再読み込みして再適用(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the agreement as the other officer saved it and put your changes back on top</source>
        <translation>別の職員が保存した協定を読み込み直し、あなたの変更をその上に適用します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Articles, bases and grounds are edited in the catalogue file (liaison-desk agreement export / save); the administrations&apos; names in the Directory.</source>
        <translation>条項、根拠及び理由は、カタログファイル（liaison-desk agreement export / save）で編集します。税関当局の名称は名簿で編集します。</translation>
    </message>
</context>
<context>
    <name>AgreementsView</name>
    <message>
        <location filename="../../ui/views/agreements.py" line="+37"/>
        <source>one month</source>
        <translation>1か月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two months</source>
        <translation>2か月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>three months</source>
        <translation>3か月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>six months</source>
        <translation>6か月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>twelve months</source>
        <translation>12か月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} months</source>
        <translation>{0}か月</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Agreement</source>
        <translation>協定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partner</source>
        <translation>相手国</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed</source>
        <translation>署名日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>効力発生</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>見直し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+39"/>
        <source>{0} (notice {1})</source>
        <translation>{0}（通告日：{1}）</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Give notice of &amp;termination…</source>
        <translation>終了の通告(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit details…</source>
        <translation>詳細の編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Designated &amp;officials…</source>
        <translation>指定職員(&amp;O)…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The agreement has no review clause.</source>
        <translation>この協定には見直しの規定がありません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Termination takes effect {0} after written notice ({1}); the desk then caps every due date at that day.</source>
        <translation>終了は書面による通告の{0}後に効力を生じます（{1}）。以後、すべての期限はその日までに制限されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>terminated on {0}</source>
        <translation>{0}に終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terminating: 1 day left</source>
        <translation>終了まで残り1日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terminating: {0} days left</source>
        <translation>終了まで残り{0}日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry into force not recorded</source>
        <translation>効力発生日未記録</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enters into force on {0}</source>
        <translation>{0}に効力発生</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in force</source>
        <translation>効力発生中</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Notice already given</source>
        <translation>通告済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice of termination was already given on {0}; the agreement ends on {1}. Replace that notice with a new date?</source>
        <translation>終了の通告は{0}に既に行われており、協定は{1}に終了します。この通告を新しい日付に置き換えますか？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice given on</source>
        <translation>通告日</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/dialogs/disclosure_approval.py" line="+54"/>
        <source>Written approval (Art. 9.1)</source>
        <translation>書面による承認（第9条第1項）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>evidence: only through the diplomatic channel (Art. 10.2)</source>
        <translation>証拠としての使用：外交上の経路によってのみ可（第10条第2項）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the provider&apos;s letter (PDF, scan, e-mail)</source>
        <translation>提供元の文書（PDF、スキャン、電子メール）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use by (authority)</source>
        <translation>使用する当局</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purposes approved</source>
        <translation>承認された目的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval given on</source>
        <translation>承認日</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Approval letter</source>
        <translation>承認の文書</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Use by another authority needs the provider&apos;s express written approval (Art. 9.1); the letter is kept with the item.</source>
        <translation>他の当局による使用には、提供元の書面による明示的な承認が必要です（第9条第1項）。承認の文書は当該情報とともに保管されます。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>attach the provider&apos;s letter: the written approval must be on file</source>
        <translation>提供元の文書を添付してください。書面による承認は記録として保管する必要があります</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>add the authority to the list first (Disclose… → Add…)</source>
        <translation>先に当局を一覧に追加してください（開示… → 追加…）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attaching {0} ({1})…</source>
        <translation>{0}（{1}）を添付しています…</translation>
    </message>
</context>
<context>
    <name>AttachedFile</name>
    <message>
        <location filename="../../ui/views/information_files.py" line="+22"/>
        <source>{0} bytes</source>
        <translation>{0}バイト</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+18"/>
        <source>cannot be read: {0}</source>
        <translation>読み込めません：{0}</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>cannot be read: it is not a file</source>
        <translation>読み込めません：ファイルではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>the document is empty</source>
        <translation>文書が空です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the document is larger than {0}, the most that can be attached ({1} bytes)</source>
        <translation>文書が添付できる上限（{0}）を超えています（{1}バイト）</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="+91"/>
        <source>Store created</source>
        <extracomment>Every audit action, in words. ``request.&lt;status&gt;`` is a status change to that status.</extracomment>
        <translation>データストアを作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>バックアップを作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store restored from a backup</source>
        <translation>バックアップからデータストアを復元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key made</source>
        <translation>回復キーを作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store exported</source>
        <translation>データストアをエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed</source>
        <translation>エクスポートに失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store imported</source>
        <translation>データストアをインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store state sealed</source>
        <translation>データストアの状態を封印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data loaded (invented)</source>
        <translation>デモデータを読込み（架空のもの）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk signing key made</source>
        <translation>デスクの署名鍵を作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field kit prepared</source>
        <translation>現場キットを作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field desk opened from a kit</source>
        <translation>現場キットから現場デスクを開設</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field return written</source>
        <translation>返送ファイルを作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field return merged</source>
        <translation>返送ファイルを統合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry of a field desk (carried in)</source>
        <translation>現場デスクの記録（持込み）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field conflict resolved</source>
        <translation>競合を解決</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting changed</source>
        <translation>設定を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search index rebuilt</source>
        <translation>検索索引を再構築</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letterhead changed</source>
        <translation>レターヘッドを変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration added</source>
        <translation>税関当局を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designated official added</source>
        <translation>指定職員を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designated official changed</source>
        <translation>指定職員を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration changed</source>
        <translation>税関当局を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority changed</source>
        <translation>国内当局を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings saved</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase changed</source>
        <translation>パスフレーズを変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the key is kept changed</source>
        <translation>鍵の保管場所を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority added</source>
        <translation>国内当局を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement saved</source>
        <translation>協定を保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice of termination recorded</source>
        <translation>終了の通告を記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request registered (incoming)</source>
        <translation>要請を登録（受理）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request created (outgoing draft)</source>
        <translation>要請を作成（発出・作成中）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spontaneous information recorded</source>
        <translation>自発的な情報を記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request edited</source>
        <translation>要請を編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request sent</source>
        <translation>要請を送付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request assigned</source>
        <translation>要請の担当者を指定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written confirmation recorded (Art. 7.1)</source>
        <translation>書面による確認を記録（第7条第1項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject linked to the request</source>
        <translation>監視対象を要請に関連付け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: draft</source>
        <translation>状態を変更：作成中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: sent</source>
        <translation>状態を変更：送付済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: acknowledged</source>
        <translation>状態を変更：受領通知済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: received</source>
        <translation>状態を変更：受付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: in progress</source>
        <translation>状態を変更：処理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: executed</source>
        <translation>状態を変更：実施済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: partially executed</source>
        <translation>状態を変更：一部実施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: conditional</source>
        <translation>状態を変更：条件付き実施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: postponed</source>
        <translation>状態を変更：延期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: withheld (Art. 11.3)</source>
        <translation>状態を変更：差控え（第11条第3項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: refused</source>
        <translation>状態を変更：拒否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: answered</source>
        <translation>状態を変更：回答済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: closed</source>
        <translation>状態を変更：終結</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: withdrawn</source>
        <translation>状態を変更：撤回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed: recorded</source>
        <translation>状態を変更：記録済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject added (Art. 4.2)</source>
        <translation>監視対象を追加（第4条第2項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject edited</source>
        <translation>監視対象を編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveillance lifted</source>
        <translation>監視を解除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveillance period extended</source>
        <translation>監視期間を延長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request linked to the subject</source>
        <translation>要請を監視対象に関連付け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject deleted</source>
        <translation>監視対象を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation recorded</source>
        <translation>観察記録を登録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File attached to an observation</source>
        <translation>観察記録にファイルを添付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information recorded</source>
        <translation>情報を記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information corrected</source>
        <translation>情報を訂正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidential information opened (Art. 9.3)</source>
        <translation>秘密の情報を閲覧（第9条第3項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File attached to information</source>
        <translation>情報にファイルを添付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval recorded (Art. 9.1)</source>
        <translation>承認を記録（第9条第1項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information exported</source>
        <translation>情報をエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information printed</source>
        <translation>情報を印刷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure recorded</source>
        <translation>開示を記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure recorded against the rules</source>
        <translation>規定に反する開示を記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter stored</source>
        <translation>文書を保管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document stored</source>
        <translation>文書を保管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document saved to a file</source>
        <translation>文書をファイルに保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document printed</source>
        <translation>文書を印刷</translation>
    </message>
</context>
<context>
    <name>AuditEntity</name>
    <message>
        <location line="+91"/>
        <source>Store</source>
        <extracomment>Kinds of audited record, in words.</extracomment>
        <translation>データストア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search index</source>
        <translation>検索索引</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>税関当局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designated official</source>
        <translation>指定職員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>国内当局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>協定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>要請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>監視対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>観察記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure</source>
        <translation>開示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>文書</translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <location line="-98"/>
        <source>Status</source>
        <extracomment>Fields of audit details, in words; others are worded from their name.</extracomment>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>協定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their reference</source>
        <translation>貴方整理番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal bases</source>
        <translation>根拠条項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(a) Requesting administration (Art. 7.2)</source>
        <translation>(a) 要請を行う税関当局（第7条第2項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(b) Nature of the proceedings (Art. 7.2)</source>
        <translation>(b) 要請に係る手続の性質（第7条第2項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(c) Object of and reason for the request (Art. 7.2)</source>
        <translation>(c) 要請の対象及び理由（第7条第2項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(d) Persons concerned (Art. 7.2)</source>
        <translation>(d) 関係者（第7条第2項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(e) Description of the matter and legal elements (Art. 7.2)</source>
        <translation>(e) 事案の概要及び関係する法的要素（第7条第2項）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reciprocity (Art. 11.2)</source>
        <translation>相互主義（第11条第2項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reciprocity note (Art. 11.2)</source>
        <translation>相互主義に関する記載（第11条第2項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned officer</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>緊急度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>受理日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on</source>
        <translation>送付日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made orally at</source>
        <translation>口頭による要請の日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grounds</source>
        <translation>理由となる条項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of reasons</source>
        <translation>理由書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postponed until</source>
        <translation>延期の期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information given with the decision</source>
        <translation>決定とともに提供する情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome of the consultation (Art. 11.3)</source>
        <translation>協議の結果（第11条第3項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written confirmation on (Art. 7.1)</source>
        <translation>書面による確認の日（第7条第1項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation late</source>
        <translation>確認の遅延</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>監視対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>要請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>要請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of surveillance</source>
        <translation>監視の終了日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start of surveillance</source>
        <translation>監視の開始日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifted on</source>
        <translation>解除日</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>Name</source>
        <translation>氏名・名称</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Names</source>
        <translation>氏名・名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiers</source>
        <translation>識別番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>確定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved to</source>
        <translation>保存先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>郵便宛先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letterhead lines</source>
        <translation>レターヘッドの行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements in use</source>
        <translation>使用する協定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>協定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key kept in</source>
        <translation>鍵の保管場所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trial desk</source>
        <translation>試用デスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>表示名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own administration</source>
        <translation>自国の税関当局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Law enforcement</source>
        <translation>法執行機関</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>税関当局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>提供元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>提供先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information items</source>
        <translation>情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>国内当局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the override</source>
        <translation>規定に反して記録する理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: name</source>
        <translation>プロファイル：氏名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: title</source>
        <translation>プロファイル：官職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: signature block</source>
        <translation>プロファイル：署名欄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: e-mail</source>
        <translation>プロファイル：電子メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: telephone</source>
        <translation>プロファイル：電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile: own administration</source>
        <translation>プロファイル：自国の税関当局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock after idle minutes</source>
        <translation>無操作時のロックまでの分数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference pattern</source>
        <translation>整理番号の形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice of termination given on</source>
        <translation>終了の通告日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces the notice of</source>
        <translation>置き換える通告</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/views/audit.py" line="+62"/>
        <source>When (UTC)</source>
        <extracomment>Headers, translated when shown (``PagedTableModel.headerData``).</extracomment>
        <translation>日時（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>職員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>⚠ OVERRIDE  {0}</source>
        <extracomment>A long action cell: the Action column is sized to it (a longer one reads whole on hover). The entity the Entity column must show whole at the default size.</extracomment>
        <translation>⚠ 規定外記録  {0}</translation>
    </message>
</context>
<context>
    <name>AuditValue</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="+129"/>
        <source>yes</source>
        <extracomment>How ``app.services.validation.check_version`` names a record: its kind, then its name.</extracomment>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(before: not in the log)</source>
        <translation>（変更前：ログに記録なし）</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/views/audit.py" line="+28"/>
        <location line="+86"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>to</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>entity, e.g. disclosure:3</source>
        <translation>対象（例：disclosure:3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+54"/>
        <source>Officer</source>
        <translation>職員</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+53"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Select an entry to see what changed.</source>
        <translation>記録を選択すると、変更内容が表示されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify chain</source>
        <translation>チェーンの検証</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entity</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The lists of officers and actions could not be read: {0}</source>
        <translation>職員及び操作の一覧を読み込めませんでした：{0}</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <location line="+13"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>⚠ OVERRIDE: disclosure recorded against the Art. 9/10 rules</source>
        <translation>⚠ 規定外記録：第9条・第10条の規定に反して記録された開示</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing recorded beyond the action itself</source>
        <translation>操作以外の記録はありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed:</source>
        <translation>変更内容：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Verifying the audit chain…</source>
        <translation>監査ログのチェーンを検証しています…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Audit chain BROKEN: </source>
        <translation>監査ログのチェーンが破損しています：</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>✔ Audit chain intact: %n entries verified</source>
        <translation>
            <numerusform>✔ 監査ログのチェーンは正常です：%n件を検証</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verification could not run: </source>
        <translation>検証を実行できませんでした：</translation>
    </message>
</context>
<context>
    <name>AuthorityDialog</name>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="+91"/>
        <source>Add authority</source>
        <translation>国内当局の追加</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Law-enforcement agency (Art. 9.2)</source>
        <translation>法執行機関（第9条第2項）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
</context>
<context>
    <name>BasisPicker</name>
    <message>
        <location filename="../../ui/widgets/basis_picker.py" line="+49"/>
        <source>(The text of this article is not in the catalogue.)</source>
        <extracomment>Extra fields answered yes/no rather than in words (``False`` is an answer, not a blank).</extracomment>
        <translation>（この条項の本文はカタログにありません。）</translation>
    </message>
</context>
<context>
    <name>BehindDialog</name>
    <message>
        <location filename="../../ui/dialogs/figure_requests.py" line="+22"/>
        <source>Requests behind: {0}</source>
        <extracomment>The list arrived (or its read failed).</extracomment>
        <translation>集計の基礎となる要請：{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>整理番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n request(s); Enter or double-click opens one.</source>
        <translation>
            <numerusform>%n件の要請。Enterキー又はダブルクリックで開きます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest {0} requests; Enter or double-click opens one.</source>
        <translation>最新の{0}件の要請。Enterキー又はダブルクリックで開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No request behind this figure.</source>
        <translation>この数値に該当する要請はありません。</translation>
    </message>
</context>
<context>
    <name>CompletenessPanel</name>
    <message>
        <location filename="../../ui/widgets/completeness_panel.py" line="+47"/>
        <source>Art. 7.2 completeness</source>
        <extracomment>The ``field`` of the finding the officer activated, so the editor can focus that input.</extracomment>
        <translation>第7条第2項の記載事項</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A request missing (a), (b), (c) or (e) is incomplete and cannot be sent or printed as final; (d) is asked for only if known.</source>
        <translation>(a)、(b)、(c)又は(e)を欠く要請は不完全であり、送付することも確定版として印刷することもできません。(d)は判明している場合にのみ記載します。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{mark} {article}: {message}</source>
        <translation>{mark} {article}：{message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Click or press Enter to go to the field</source>
        <translation>クリック又はEnterキーで該当する項目に移動します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ Complete under {article}.</source>
        <translation>✔ {article}の記載事項は完備しています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incomplete: {missing}, {warnings}.</source>
        <translation>不完全：{missing}、{warnings}。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n element(s) missing</source>
        <translation>
            <numerusform>%n項目が未記載</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Complete under {article}, with %n warning(s).</source>
        <translation>
            <numerusform>{article}の記載事項は完備（警告%n件）。</numerusform>
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
        <translation>現場キット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+85"/>
        <source>At the desk</source>
        <translation>デスク側</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+85"/>
        <source>In the field</source>
        <translation>現場側</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>resolved: the desk&apos;s kept</source>
        <extracomment>How each way of resolving reads in the State column.</extracomment>
        <translation>解決済み：デスク側を採用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved: the field&apos;s taken</source>
        <translation>解決済み：現場側を採用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved: merged text</source>
        <translation>解決済み：統合した文言</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show resolved conflicts</source>
        <translation>解決済みの競合を表示</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Write the text that keeps what is right in both…</source>
        <translation>双方の正しい内容を残した文言を入力してください…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the desk&apos;s</source>
        <translation>デスク側を採用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the field&apos;s</source>
        <translation>現場側を採用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the merged text</source>
        <translation>統合した文言を使用</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+70"/>
        <source>Both versions</source>
        <translation>双方の内容</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Merged text</source>
        <translation>統合した文言</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>解決を要する競合：%n件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts to resolve</source>
        <translation>解決を要する競合はありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the kit was made: {0}</source>
        <translation>現場キット作成時：{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved by {0} on {1:%Y-%m-%d}; both versions are kept in the audit log.</source>
        <translation>{0}が{1:%Y-%m-%d}に解決しました。双方の内容は監査ログに保存されています。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Conflict #{0} resolved; the other version stays in the audit log.</source>
        <translation>競合#{0}を解決しました。採用しなかった内容は監査ログに保存されます。</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="-360"/>
        <source>Incoming</source>
        <extracomment>Request and information directions (``app.treaty.lifecycle.Direction``), in words.</extracomment>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>発出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spontaneous information received</source>
        <translation>自発的な情報の受領</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spontaneous information sent</source>
        <translation>自発的な情報の提供</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../../ui/dialogs/agreement_edit.py" line="-53"/>
        <location filename="../../ui/dialogs/directory.py" line="-168"/>
        <source>English</source>
        <extracomment>The letter languages a name is kept in, with their captions.</extracomment>
        <translation>英語</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/dialogs/directory.py" line="+1"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/dialogs/directory.py" line="+1"/>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/directory.py" line="+366"/>
        <source>Directory</source>
        <translation>名簿</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Name</source>
        <translation>氏名・名称</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Other languages</source>
        <translation>他の言語</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Title</source>
        <translation>官職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>税関当局</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Designated under</source>
        <translation>指定の根拠となる協定</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Officials</source>
        <translation>指定職員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add official…</source>
        <translation>職員の追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letters are addressed to the official designated under the request&apos;s agreement (Art. 7.3).</source>
        <translation>文書は、要請に係る協定に基づき指定された職員あてに送付します（第7条第3項）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Designated &amp;officials</source>
        <translation>指定職員(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add administration…</source>
        <translation>税関当局の追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customs Administrations, yours and your partners&apos;.</source>
        <translation>自国及び相手国の税関当局。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admi&amp;nistrations</source>
        <translation>税関当局(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add authority…</source>
        <translation>国内当局の追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Police, prosecutors, coast guard, other ministries: where information may be passed (Art. 9, 10).</source>
        <translation>警察、検察、海上保安庁、他省庁等、情報を提供し得る機関（第9条、第10条）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domestic a&amp;uthorities</source>
        <translation>国内当局(&amp;U)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>every agreement</source>
        <translation>すべての協定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (no longer designated)</source>
        <translation>（指定解除）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (yours)</source>
        <translation>（自国）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (off the list)</source>
        <translation>（一覧外）</translation>
    </message>
</context>
<context>
    <name>DisclosureDecision</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="+371"/>
        <source>Allowed</source>
        <extracomment>The decision a disclosure was recorded under (``disclosures.decision``), in words.</extracomment>
        <translation>可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed with an obligation</source>
        <translation>義務を伴い可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded against the rules</source>
        <translation>規定外記録</translation>
    </message>
</context>
<context>
    <name>DisclosureDialog</name>
    <message>
        <location filename="../../ui/dialogs/disclosure.py" line="-55"/>
        <source>Prepare advance notice to the provider (Art. 9.4)…</source>
        <extracomment>Captions translated where shown (``self.tr`` in ``DisclosureDialog``).</extracomment>
        <translation>提供元への事前通知を作成（第9条第4項）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare request for written approval (Art. 9.1)…</source>
        <translation>書面による承認の要請を作成（第9条第1項）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepare evidence request via diplomatic channel (Art. 10.2)…</source>
        <translation>外交上の経路による証拠の要請を作成（第10条第2項）…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confidential (9.3)</source>
        <translation>秘（第9条第3項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not as evidence (10.1)</source>
        <translation>証拠としての使用禁止（第10条第1項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not to law enforcement (9.2)</source>
        <translation>法執行機関への提供禁止（第9条第2項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customs use only (9.1)</source>
        <translation>税関限り（第9条第1項）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allowed</source>
        <translation>可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed with an obligation</source>
        <translation>義務を伴い可</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs the provider&apos;s written approval</source>
        <translation>提供元の書面による承認が必要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forbidden</source>
        <translation>不可</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Disclose information</source>
        <translation>情報の開示</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. letter by hand, secure e-mail</source>
        <translation>例：文書の手交、暗号化電子メール</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(find a matching approval)</source>
        <translation>（該当する承認を検索）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the law that requires the disclosure</source>
        <translation>開示を義務付ける法令</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (authority)</source>
        <translation>開示の相手方（当局）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written approval</source>
        <translation>書面による承認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal obligation</source>
        <translation>法令上の義務</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>What the agreement says (Art. 9, 10)</source>
        <translation>協定の規定（第9条、第10条）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record against the rules (override)</source>
        <translation>規定に反して記録する（規定外記録）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Written justification (required). The disclosure will be marked OVERRIDE everywhere.</source>
        <translation>理由を記載してください（必須）。この開示には、すべての表示において「規定外記録」の表示が付されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record disclosure</source>
        <translation>開示を記録</translation>
    </message>
    <message>
        <location line="+27"/>
        <source> — law enforcement</source>
        <translation> — 法執行機関</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add an authority to the list first.</source>
        <translation>先に国内当局を一覧に追加してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} — {1}: {2}</source>
        <translation>{0} — {1}：{2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No restriction stands in the way.</source>
        <translation>支障となる制限はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions passed on to the recipient: </source>
        <translation>提供先に伝達する条件：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose an authority on the list to record a disclosure.</source>
        <translation>開示を記録するには、一覧から国内当局を選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agreement stops this disclosure (see above). To record it anyway, tick the override and write the justification.</source>
        <translation>協定の規定により、この開示はできません（上記参照）。それでも記録する場合は、「規定外記録」にチェックを入れ、理由を記載してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal obligation: name the law that requires the disclosure (Art. 9.4).</source>
        <translation>法令上の義務：開示を義務付ける法令を記載してください（第9条第4項）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Override justification</source>
        <translation>規定外記録の理由</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Disclosure</source>
        <translation>開示</translation>
    </message>
</context>
<context>
    <name>DomesticAuthorityDialog</name>
    <message>
        <location filename="../../ui/dialogs/directory.py" line="-142"/>
        <source>Edit authority</source>
        <translation>国内当局の編集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add authority</source>
        <translation>国内当局の追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kind:</source>
        <translation>種別：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country (ISO):</source>
        <translation>国（ISOコード）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the list (information may be passed to it)</source>
        <translation>一覧に掲載（情報の提供先とすることができる）</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <location filename="../../ui/views/due_model.py" line="+47"/>
        <source>Request due</source>
        <extracomment>The kind of each clock, translated where shown (``kind_label``).</extracomment>
        <translation>要請の期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written confirmation (Art. 7.1)</source>
        <translation>書面による確認（第7条第1項）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement terminating</source>
        <translation>協定の終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveillance period ends (Art. 4.2)</source>
        <translation>監視期間の終了（第4条第2項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveillance review (Art. 4.2)</source>
        <translation>監視の見直し（第4条第2項）</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Due</source>
        <extracomment>Column numbers. (kind, key) of a row&apos;s clock: what the officer opens. &quot;overdue&quot; | &quot;due-soon&quot; | &quot;ok&quot;. Headers, translated when shown (in the page&apos;s context, as before).</extracomment>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the date was computed</source>
        <translation>期限の算出方法</translation>
    </message>
    <message>
        <location filename="../../ui/views/due.py" line="+68"/>
        <source>Find a reference, title or name</source>
        <extracomment>Where the list&apos;s column widths and sort are kept between sessions (as the request lists). Typing pauses this long before the Find field filters the list (one query, not one a key). The list was read again (after each refresh).</extracomment>
        <translation>整理番号、件名又は氏名・名称で検索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All clocks</source>
        <translation>すべての期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>期限間近</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All kinds</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Counting…</source>
        <translation>集計しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clocks could not be counted.</source>
        <translation>期限を集計できませんでした。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No clock matches these filters.</source>
        <translation>この条件に該当する期限はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is due: no request, written confirmation (Art. 7.1), surveillance period or termination notice has a date coming up.</source>
        <translation>期限が近いものはありません：要請、書面による確認（第7条第1項）、監視期間及び終了の通告のいずれにも、間近の期限はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/due_model.py" line="+53"/>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due soon</source>
        <translation>期限間近</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/views/due.py" line="-6"/>
        <source>{0} overdue, {1} due soon</source>
        <translation>期限超過{0}件、期限間近{1}件</translation>
    </message>
    <message>
        <location filename="../../ui/views/due_model.py" line="-9"/>
        <source>agreement with {0}</source>
        <translation>{0}との協定</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/dialogs/subject_period.py" line="+27"/>
        <source>Extend surveillance of {0}</source>
        <translation>{0}の監視の延長</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This surveillance lapsed on {0}. It is extended only with a new request asking for it (Art. 4.2).</source>
        <translation>この監視は{0}に期間が満了しています。延長には、延長を求める新たな要請が必要です（第4条第2項）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. JC-US-2026-0014</source>
        <translation>例：JC-US-2026-0014</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New end</source>
        <translation>新たな終了日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New request</source>
        <translation>新たな要請</translation>
    </message>
</context>
<context>
    <name>ExtraFieldsBox</name>
    <message>
        <location filename="../../ui/widgets/basis_picker.py" line="+101"/>
        <source>Details the legal basis calls for</source>
        <translation>根拠条項に応じて必要な事項</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The chosen legal bases need no further details.</source>
        <translation>選択した根拠条項については、追加の記載事項はありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what} — basis {code}</source>
        <translation>{what} — 根拠 {code}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(not stated)</source>
        <translation>（未記載）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="-124"/>
        <source>Document</source>
        <extracomment>Inputs a refusal may name that no audit entry does (the audit&apos;s own words are above).</extracomment>
        <translation>文書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written approval (Art. 9.1)</source>
        <translation>書面による承認（第9条第1項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text in each language</source>
        <translation>各言語の本文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>書簡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review on (Art. 4.2)</source>
        <translation>見直し日（第4条第2項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request</source>
        <translation>要請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observed at</source>
        <translation>観察日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice: not to law enforcement (Art. 9.2)</source>
        <translation>法執行機関への提供不可の通知（第9条第2項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New end of surveillance</source>
        <translation>特別の監視の新たな終了日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default letter languages</source>
        <translation>書簡の既定の言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected entry</source>
        <translation>訂正した記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of subject</source>
        <translation>監視対象の種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place code (UN/LOCODE)</source>
        <translation>場所コード（UN/LOCODE）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designated official (Art. 7.3)</source>
        <translation>指定職員（第7条第3項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>根拠条項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information item</source>
        <translation>情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ground</source>
        <translation>理由となる条項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval given on</source>
        <translation>承認日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosed on</source>
        <translation>開示日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administration</source>
        <translation>税関当局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner administration</source>
        <translation>相手国の税関当局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups kept</source>
        <translation>保存するバックアップの数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>整理番号</translation>
    </message>
</context>
<context>
    <name>FieldRows</name>
    <message>
        <location filename="../../ui/dialogs/form_rows.py" line="+121"/>
        <source>{caption}  ✖ required, empty</source>
        <translation>{caption}  ✖ 必須項目が未入力</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <location filename="../../ui/widgets/filter_chips.py" line="+62"/>
        <source>Any partner</source>
        <translation>すべての相手当局</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Main legal basis (the first one listed on the request)</source>
        <translation>主たる根拠条項（要請に最初に記載されたもの）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Past the due date, the agreement&apos;s termination date or the date its oral request had to be confirmed in writing (Art. 7.1)</source>
        <translation>期限、協定の終了日又は口頭による要請の書面による確認の期限（第7条第1項）を経過したもの</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due this week</source>
        <translation>今週期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due within the &apos;due soon&apos; window (Settings)</source>
        <translation>「期限間近」の期間（設定）内に期限が到来するもの</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral, unconfirmed</source>
        <translation>口頭・未確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral requests not yet confirmed in writing (Art. 7.1)</source>
        <translation>書面による確認が未了の口頭による要請（第7条第1項）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Clear filters</source>
        <translation>絞込みの解除</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any legal basis</source>
        <translation>すべての根拠条項</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Status: {0}</source>
        <translation>状態：{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="+82"/>
        <source>Liaison Desk — first start</source>
        <extracomment>The wizard page holding each field a refusal can name (service key -&gt; page number), so a refusal that comes back from the store&apos;s creation shows on the page that caused it. The wizard&apos;s result when the officer chose another language: it is opened again in it.</extracomment>
        <translation>Liaison Desk — 初回起動</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>You</source>
        <extracomment>What was typed when the officer chose another language (see ``_language_chosen``). The recovery key page, added once a keyring-held store exists (None before/else). The running store creation (None when idle); see ``start_setup``.</extracomment>
        <translation>使用者情報</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letters are signed with these details.</source>
        <translation>文書には、これらの事項により署名されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Na&amp;me (required):</source>
        <translation>氏名（必須）(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>官職(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>電子メール(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tele&amp;phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signature block:</source>
        <translation>署名欄(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language / 言語 / Idioma:</source>
        <translation>言語 / Language / Idioma:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your administration</source>
        <translation>自国の税関当局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed on the letterhead of every letter.</source>
        <translation>すべての文書のレターヘッドに印刷されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administration:</source>
        <translation>税関当局：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One line per row, e.g. the division and office</source>
        <translation>1行に1項目（例：部課名及び官署名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal &amp;address:</source>
        <translation>郵便宛先(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Letterhead lines:</source>
        <translation>レターヘッドの行(&amp;L)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreements in use</source>
        <translation>使用する協定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in agreements; you can add others later.</source>
        <translation>組込みの協定です。他の協定は後で追加できます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In use:</source>
        <translation>使用：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Protecting the store</source>
        <translation>データストアの保護</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything is kept in one encrypted file.</source>
        <translation>すべてのデータは、一つの暗号化されたファイルに保管されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the key in this computer&apos;s keyring (recommended)</source>
        <translation>鍵をこのコンピューターのキーリングに保管する（推奨）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derive the key from a passphrase I type at every start</source>
        <translation>起動の都度入力するパスフレーズから鍵を生成する</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keyring works on this computer: a passphrase is needed</source>
        <translation>このコンピューターでは使用できるキーリングがないため、パスフレーズが必要です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;If you forget the passphrase, the store cannot be opened by anyone, and every request, letter and record in it is lost.&lt;/b&gt; There is no reset. Write it down and keep it where your office keeps safe combinations.</source>
        <translation>&lt;b&gt;パスフレーズを忘れた場合、データストアは誰も開くことができなくなり、その中のすべての要請、文書及び記録が失われます。&lt;/b&gt;再設定の方法はありません。書き留めて、官署で金庫の暗証番号を保管している場所に保管してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pass&amp;phrase:</source>
        <translation>パスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase &amp;again:</source>
        <translation>パスフレーズの再入力(&amp;A)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo data</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try the desk before real work starts.</source>
        <translation>実際の業務を始める前に試用できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also make a trial desk with the invented demo data</source>
        <translation>架空のデモデータによる試用デスクも作成する</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The trial desk is a separate store in {0}, opened in its own window marked &quot;Trial desk&quot;. Your own desk stays empty and yours: the demo never changes your profile, and the audit log names you for what you do. File ▸ Open the trial desk… opens it later.</source>
        <translation>試用デスクは{0}にある別のデータストアで、「試用デスク」と表示された専用のウィンドウで開きます。自分のデスクは空のまま保たれ、デモによってプロファイルが変更されることはなく、監査ログには自分の操作が自分の名前で記録されます。後で開くには、「ファイル ▸ 試用デスクを開く…」を使用します。</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Creating your encrypted store and the trial desk with the demo data…</source>
        <translation>暗号化されたデータストア及びデモデータによる試用デスクを作成しています…</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>at least {0} characters</source>
        <translation>{0}文字以上</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>differs from the passphrase; type the same one twice</source>
        <translation>パスフレーズと一致しません。同じものを2回入力してください</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>choose at least one agreement in use</source>
        <translation>使用する協定を少なくとも一つ選択してください</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Creating your encrypted store…</source>
        <translation>暗号化されたデータストアを作成しています…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The recovery key could not be made ({0}); make one later with liaison-desk passphrase recovery-key.</source>
        <translation>回復キーを作成できませんでした（{0}）。後で liaison-desk passphrase recovery-key により作成してください。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The store could not be created ({0}); nothing was kept. Try Finish again, or pass the log file to whoever supports the desk.</source>
        <translation>データストアを作成できませんでした（{0}）。何も保存されていません。再度「完了」を押すか、ログファイルをサポート担当者に渡してください。</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/lock.py" line="+219"/>
        <source>Liaison Desk — locked</source>
        <translation>Liaison Desk — ロック中</translation>
    </message>
</context>
<context>
    <name>InformationView</name>
    <message>
        <location filename="../../ui/views/information.py" line="+61"/>
        <source>customs (2.1)</source>
        <extracomment>The longest flags cell: the column is sized to it in the table&apos;s own font. A disclosure&apos;s purpose in the narrow Purpose column (the full label shows on hover). Translated where shown (``self.tr``).</extracomment>
        <translation>税関（第2条第1項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>intelligence</source>
        <translation>情報分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evidence (10)</source>
        <translation>証拠（第10条）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by law (9.4)</source>
        <translation>法令（第9条第4項）</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>All information</source>
        <translation>すべての情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>受領</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provided</source>
        <translation>提供</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show corrected entries</source>
        <translation>訂正前の記録を表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record information…</source>
        <translation>情報の記録…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;rrect…</source>
        <translation>訂正(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a corrected entry; the ledger keeps the old one</source>
        <translation>訂正した記録を登録します。台帳には訂正前の記録が保存されます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record written &amp;approval (9.1)…</source>
        <translation>承認の記録(&amp;A)（第9条第1項）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provider approved in writing the use of this item by another authority (Art. 9.1)</source>
        <translation>提供元が、他の当局によるこの情報の使用を書面により承認した（第9条第1項）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disclose…</source>
        <translation>開示…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show confidential content</source>
        <translation>秘密の内容を表示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach file…</source>
        <translation>ファイルの添付…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy summary</source>
        <translation>概要をコピー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>提供先</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Disclosures of this item</source>
        <translation>この情報の開示</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Select an information item.</source>
        <translation>情報を選択してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>⚠ OVERRIDE: {0}</source>
        <translation>⚠ 規定外記録：{0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>request {0}</source>
        <translation>要請 {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replaced by correction {0}</source>
        <translation>訂正 {0} により差し替え済み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confidential (Art. 9.3)</source>
        <translation>秘（第9条第3項）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not to law enforcement (Art. 9.2)</source>
        <translation>法執行機関への提供禁止（第9条第2項）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} — notice of {1}</source>
        <translation>{0} — {1}付けの通知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not as evidence (Art. 10.1)</source>
        <translation>証拠としての使用禁止（第10条第1項）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider markings: {0}</source>
        <translation>提供元の表示：{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conditions we attached: {0}</source>
        <translation>当方が付した条件：{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written approvals (Art. 9.1)</source>
        <translation>書面による承認（第9条第1項）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents:</source>
        <translation>文書：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confidential content hidden.</source>
        <translation>秘の内容は表示していません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{authority}: {purposes} (D-{document}, {granted_on})</source>
        <translation>{authority}：{purposes}（D-{document}、{granted_on}）</translation>
    </message>
</context>
<context>
    <name>ItemActions</name>
    <message>
        <location filename="../../ui/views/information_actions.py" line="+132"/>
        <source>Attach a file to {0}</source>
        <translation>{0}へのファイルの添付</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attaching {0} ({1})…</source>
        <translation>{0}（{1}）を添付しています…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{0} attached to {1}.</source>
        <translation>{0}を{1}に添付しました。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not attached</source>
        <translation>添付されませんでした</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
</context>
<context>
    <name>ItemDirection</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="+87"/>
        <source>Received</source>
        <extracomment>Which way an information item went (``information_items.direction``), in words.</extracomment>
        <translation>受領</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provided</source>
        <translation>提供</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <location filename="../../ui/views/information.py" line="-355"/>
        <source>Code</source>
        <extracomment>Headers, translated when shown (``headerData``).</extracomment>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Direction</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provider</source>
        <translation>提供元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restrictions</source>
        <translation>制限</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>confidential 9.3</source>
        <extracomment>The records the page shows: a write touching any of them re-reads it. Share of the page the list takes at first (the detail pane reads well in the rest).</extracomment>
        <translation>秘 9.3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no police 9.2</source>
        <translation>法執行機関不可 9.2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not evidence 10.1</source>
        <translation>証拠不可 10.1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{0}  (corrects {1})</source>
        <translation>{0}  （{1}を訂正）</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../../ui/widgets/language_choice.py" line="+23"/>
        <source>Same as the system ({language})</source>
        <translation>システムの設定に従う（{language}）</translation>
    </message>
</context>
<context>
    <name>LetterKind</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="+13"/>
        <source>Request for assistance</source>
        <extracomment>Letter kinds (``app.documents.registry.LETTER_KINDS``) as the screens name them: the same words as each letter&apos;s own title in that language (``resources/letters/*.json``).</extracomment>
        <translation>協力の要請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written confirmation of an oral request</source>
        <translation>口頭による要請の書面による確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of reasons for refusal or postponement</source>
        <translation>要請の拒否又は延期の理由書</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultation on assistance withheld</source>
        <translation>協力の差控えに関する協議</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request for written approval of use by another authority</source>
        <translation>他の当局による使用に係る書面による承認の要請</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advance notice of disclosure required by law</source>
        <translation>法令上の義務に基づく開示の事前通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover note: request for evidence through the diplomatic channel</source>
        <translation>外交上の経路による証拠としての情報の要請に係る送付状</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledgement of receipt</source>
        <translation>受領通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spontaneous information</source>
        <translation>自発的な情報の提供</translation>
    </message>
</context>
<context>
    <name>LetterOutput</name>
    <message>
        <location filename="../../ui/dialogs/letters_output.py" line="+75"/>
        <source>Final letter not possible</source>
        <translation>確定版の文書は作成できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A final letter cannot be produced:

{p}

Untick “Final” to produce a draft.</source>
        <translation>確定版の文書を作成できません：

{p}

案を作成するには、「確定」のチェックを外してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save letter as PDF</source>
        <translation>文書をPDFとして保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文書 (*.pdf)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Stored as version {v} and saved to {p}</source>
        <translation>第{v}版として保管し、{p}に保存しました</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Printed %n page(s) on {w}</source>
        <translation>
            <numerusform>{w}で%nページを印刷しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Draft saved to {p} (not stored)</source>
        <translation>案を{p}に保存しました（保管はしていません）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Version {v} is stored in the registry; Save as PDF again writes that same version to another place.</source>
        <translation>第{v}版は登録簿に保管されています。再度「PDFとして保存」を行うと、同じ版を別の場所に保存します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved: {why}</source>
        <translation>保存されませんでした：{why}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter not saved</source>
        <translation>文書は保存されませんでした</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>default printer</source>
        <translation>既定のプリンター</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Letter not printed</source>
        <translation>文書は印刷されませんでした</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <location filename="../../ui/dialogs/disclosure_letters.py" line="+25"/>
        <source>Information: {0} came without a request; a letter is written on a request, so link the item to its request first</source>
        <translation>情報：{0}は要請に基づかずに受領したものです。文書は要請ごとに作成するため、先に当該情報を要請に結び付けてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information: {0} belong to several requests ({1}); disclose them one request at a time</source>
        <translation>情報：{0}は複数の要請（{1}）に係るものです。要請ごとに開示してください</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <location filename="../../ui/dialogs/letters.py" line="+133"/>
        <location line="+57"/>
        <source>Letter</source>
        <translation>文書</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters.py" line="-90"/>
        <source>Letters — {ref}</source>
        <extracomment>Officer input each kind asks for (LetterInput field names), shown only for that kind. The stored version shown in the preview pane (None: the preview of the choices).</extracomment>
        <translation>文書 — {ref}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Final (stored as a new version)</source>
        <translation>確定（新たな版として保管）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why are some letters greyed out?</source>
        <translation>一部の文書が選択できない理由</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+48"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Authority</source>
        <translation>当局</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose / proceedings</source>
        <translation>目的／手続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal obligation (Art. 9.4)</source>
        <translation>法令上の義務（第9条第4項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosure date (YYYY-MM-DD)</source>
        <translation>開示予定日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions / terms proposed</source>
        <translation>提案する条件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information concerned</source>
        <translation>対象となる情報</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statement of reasons</source>
        <translation>理由書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information for pursuing the matter</source>
        <translation>要請の今後の追求に資する情報</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save as PDF…</source>
        <translation>PDFとして保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stored letters (double-click to show)</source>
        <translation>保管済みの文書（ダブルクリックで表示）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document no.</source>
        <translation>文書番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored on</source>
        <translation>保管日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Final / draft</source>
        <translation>確定／案</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show stored letter</source>
        <translation>保管済みの文書を表示</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoom out (Ctrl+−)</source>
        <translation>縮小（Ctrl+−）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl++); Ctrl+0 fits the page width</source>
        <translation>拡大（Ctrl++）。Ctrl+0でページ幅に合わせます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PgDn / PgUp in the preview: next / previous page</source>
        <translation>プレビューでPgDn／PgUp：次／前のページ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>unknown letter kind</source>
        <translation>不明な文書の種類</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Acknowledge all received ({n})…</source>
        <translation>受理したすべての要請の受領通知を作成（{n}件）…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Letters not offered now</source>
        <translation>現在作成できない文書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>• {kind}: {reason}</source>
        <translation>• {kind}：{reason}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This letter does not apply to the request.</source>
        <translation>この文書は、当該要請には該当しません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only a DRAFT can be produced until this is resolved:</source>
        <translation>次の点が解決されるまでは、案のみ作成できます：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ready: final letter, document no. {n} when stored</source>
        <translation>作成可能：確定版（保管時に文書番号{n}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready: draft (not stored, no document number); tick “Final” to store a numbered letter</source>
        <translation>作成可能：案（保管せず、文書番号なし）。番号付きの文書を保管するには「確定」にチェックを入れてください</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stores the letter as a new numbered version</source>
        <translation>文書を番号付きの新たな版として保管します</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only a draft is possible until %n problem(s) listed below are resolved.</source>
        <translation>
            <numerusform>下記の%n件の問題が解決されるまでは、案のみ作成できます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Final</source>
        <translation>確定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>案</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Showing the stored letter {n} ({kind}, {state}); change a choice to see the preview again</source>
        <translation>保管済みの文書{n}（{kind}、{state}）を表示中。選択を変更すると、プレビューに戻ります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>final</source>
        <translation>確定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— page {n} of {total}</source>
        <translation>— {n}／{total}ページ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n acknowledgement(s) stored.</source>
        <translation>
            <numerusform>受領通知%n件を保管しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not made for {ref}: {why}</source>
        <translation>{ref}については作成されませんでした：{why}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled; the letters already made are kept.</source>
        <translation>取り消しました。作成済みの文書は保管されています。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/letters_batch.py" line="+32"/>
        <source>Producing letters…</source>
        <translation>文書を作成しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Producing letters… {n} of {total} done (last: {ref})</source>
        <translation>文書を作成しています… {total}件中{n}件完了（直近：{ref}）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Letters</source>
        <translation>文書</translation>
    </message>
</context>
<context>
    <name>LiftDialog</name>
    <message>
        <location filename="../../ui/dialogs/subject_period.py" line="+31"/>
        <source>Lift surveillance of {0}</source>
        <translation>{0}の監視の解除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Surveillance of {0} ends; its record and observations are kept (Art. 4.2).</source>
        <translation>{0}の監視を終了します。記録及び観察記録は保存されます（第4条第2項）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. the requesting administration asked to stop</source>
        <translation>例：要請当局から中止の要請があった</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifted on</source>
        <translation>解除日</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lift surveillance</source>
        <translation>監視の解除</translation>
    </message>
</context>
<context>
    <name>LinkSubjectDialog</name>
    <message>
        <location filename="../../ui/dialogs/link_subject.py" line="+41"/>
        <source>Link a subject to {ref} (Art. 4.2)</source>
        <extracomment>``choice`` after &quot;New subject…&quot; was pressed.</extracomment>
        <translation>{ref}への監視対象の関連付け（第4条第2項）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subjects under the {agreement}. Type a code, a name in any script or an identifier to narrow the list.</source>
        <translation>{agreement}に基づく監視対象。コード、氏名・名称（いずれの文字でも可）又は識別番号を入力して絞り込みます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code, name or identifier…</source>
        <translation>コード、氏名・名称又は識別番号…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Link</source>
        <translation>関連付け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New subject for {ref}…</source>
        <translation>{ref}の新たな監視対象…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search: {problem}</source>
        <translation>検索：{problem}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No subject under this agreement matches; record a new one with “New subject…”.</source>
        <translation>この協定に基づく監視対象で該当するものはありません。「新たな監視対象…」で登録してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No subject is recorded under this agreement yet.</source>
        <translation>この協定に基づく監視対象は、まだ登録されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first {n} are shown; type to narrow.</source>
        <translation>最初の{n}件を表示しています。入力して絞り込んでください。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n subject(s).</source>
        <translation>
            <numerusform>監視対象%n件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="-164"/>
        <source>Liaison Desk is locked</source>
        <translation>Liaison Deskはロックされています</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the store passphrase to continue.</source>
        <translation>続行するには、データストアのパスフレーズを入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your unlock passphrase to continue.</source>
        <translation>続行するには、ロック解除用パスフレーズを入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock with this computer account&apos;s keyring: the key is read from it again. No unlock passphrase is set, so anyone at this account can unlock; set one in Settings.</source>
        <translation>このコンピューターアカウントのキーリングでロックを解除します（鍵をキーリングから再度読み込みます）。ロック解除用パスフレーズが設定されていないため、このアカウントを使用できる者は誰でもロックを解除できます。「設定」でロック解除用パスフレーズを設定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unlock to continue.</source>
        <translation>続行するには、ロックを解除してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock with keyring</source>
        <translation>キーリングで解除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/actions.py" line="+35"/>
        <source>&amp;New request…</source>
        <translation>新規要請(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register or draft a request in the current group</source>
        <translation>現在のグループで要請を登録又は作成します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Letters…</source>
        <translation>文書(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview, save or print the letters of the selected request</source>
        <translation>選択した要請の文書をプレビュー、保存又は印刷します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Check a name / number…</source>
        <translation>氏名・番号の照合(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a name or number against the watch list (Art. 4.2)</source>
        <translation>氏名・名称又は番号を監視リストと照合します（第4条第2項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What is due?</source>
        <translation>期限の確認(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;trial desk…</source>
        <translation>試用デスクを開く(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the desk on invented demo data, in a separate store and window; your own desk is not touched</source>
        <translation>架空のデモデータにより、別のデータストア及びウィンドウで試用します。自分のデスクには影響しません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prepare field &amp;kit…</source>
        <translation>現場キットの作成(&amp;K)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take requests and subjects to a port on a laptop (encrypted, signed)</source>
        <translation>要請及び監視対象をノートPCで港へ持ち出します（暗号化・署名付き）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge field return…</source>
        <translation>返送ファイルの統合(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring a field desk&apos;s work back into this desk</source>
        <translation>現場デスクでの作業をこのデスクに取り込みます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write field return…</source>
        <translation>返送ファイルの作成(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write this field desk&apos;s work to a file for the desk</source>
        <translation>この現場デスクでの作業を、デスクに持ち帰るためのファイルに書き出します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your profile in each letter language, your administration, letters and dates, the idle lock</source>
        <translation>各文書言語でのプロファイル、自国の税関当局、文書及び日付、無操作時のロック</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Directory…</source>
        <translation>名簿(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner administrations, their designated officials (Art. 7.3) and domestic authorities</source>
        <translation>相手国の税関当局、その指定職員（第7条第3項）及び国内当局</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search requests, subjects, information… (Ctrl+F)</source>
        <translation>要請、監視対象、情報等を検索…（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Liaison Desk</source>
        <translation>Liaison Deskについて(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+49"/>
        <source>Incoming</source>
        <extracomment>(page key, navigation label) in order. Request groups first. Labels are translated where shown, in the window&apos;s context (navigation, View menu).</extracomment>
        <translation>受理した要請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>発出した要請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spontaneous information</source>
        <translation>自発的な情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveillance</source>
        <translation>特別の監視</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information &amp; disclosures</source>
        <translation>情報及び開示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreements</source>
        <translation>協定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due &amp; overdue</source>
        <translation>期限・期限超過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Trial desk — invented demo data — Liaison Desk</source>
        <extracomment>Views of other parts: page key -&gt; (module, class). The least size a restored window opens at (px; less only on a smaller screen). A trial desk (the invented demo data, ``app.services.admin.trial``): said in the title and in a banner above every page, so it is never taken for the real desk. The trial desk&apos;s window opened from this one (File &gt; Open the trial desk…). Close the desk with the window: a trial desk opened from the officer&apos;s window. The field kit this desk was opened from (a field desk on a laptop, ``app.services.kit.field``), or None: said in the title and a banner on every page.</extracomment>
        <translation>試用デスク — 架空のデモデータ — Liaison Desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field desk {0} — Liaison Desk</source>
        <translation>現場デスク{0} — Liaison Desk</translation>
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
        <translation>日次バックアップに失敗しました：{0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Trial desk — invented demo data.&lt;/b&gt; Nothing here is real, and nothing here reaches your own desk, which is kept separately.</source>
        <translation>&lt;b&gt;試用デスク — 架空のデモデータ&lt;/b&gt; ここにあるものはすべて架空のものであり、別に保管されている自分のデスクには一切反映されません。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&lt;b&gt;Field desk — kit {0}&lt;/b&gt;{1} — made at the desk on {2:%Y-%m-%d} by {3}. It holds only the kit&apos;s records; write a field return (File menu) to bring your work back to the desk.</source>
        <translation>&lt;b&gt;現場デスク — 現場キット{0}&lt;/b&gt;{1} — {2:%Y-%m-%d}に{3}がデスクで作成。この現場キットの記録のみを保持しています。作業をデスクに持ち帰るには、返送ファイルを作成してください（「ファイル」メニュー）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Desk key {0}</source>
        <translation>デスクの鍵 {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Store encrypted; key in the OS keyring</source>
        <translation>データストアは暗号化済み（鍵はOSのキーリングに保管）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store encrypted; key from your passphrase</source>
        <translation>データストアは暗号化済み（鍵はパスフレーズから生成）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store on a database server</source>
        <translation>データストアはデータベースサーバー上にあります</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open Due &amp; overdue</source>
        <translation>期限・期限超過を開く</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} overdue · {1} due soon</source>
        <translation>期限超過{0}件 · 期限間近{1}件</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{0} is not available in this build.</source>
        <translation>{0}は、このビルドでは利用できません。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Select a request first: its letters open with Ctrl+P.</source>
        <translation>先に要請を選択してください（Ctrl+Pでその文書が開きます）。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Field kit {0} written to {1}</source>
        <translation>現場キット{0}を{1}に書き出しました</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Field return</source>
        <translation>返送ファイル</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Return {0} written to {1}</source>
        <translation>返送ファイル{0}を{1}に書き出しました</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>About Liaison Desk</source>
        <translation>Liaison Deskについて</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liaison Desk {0}
Requests for customs mutual assistance under CMAAs.</source>
        <translation>Liaison Desk {0}
税関相互支援協定（CMAA）に基づく協力の要請を管理します。</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="-11"/>
        <source>Nothing overdue or due soon.</source>
        <extracomment>How often the day is checked: a new day is noticed within this much waking time. The first reminder waits a moment so that its tray message comes after the window is on screen, not before it; the count (one SQL query) runs off the UI thread.</extracomment>
        <translation>期限超過又は期限間近のものはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} overdue, {1} due soon — see Due &amp; overdue (Ctrl+7).</source>
        <translation>期限超過{0}件、期限間近{1}件 — 「期限・期限超過」（Ctrl+7）を参照してください。</translation>
    </message>
</context>
<context>
    <name>MergeReturnDialog</name>
    <message>
        <location filename="../../ui/dialogs/field_kit.py" line="+177"/>
        <source>Merge field return</source>
        <translation>返送ファイルの統合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field desk&apos;s work comes back into this desk in one step: new observations, subjects and documents are added, edits applied where the desk did not change the same field, and both versions kept as a conflict where it did.</source>
        <translation>現場デスクでの作業を一括してこのデスクに取り込みます。新しい観察記録、監視対象及び文書は追加され、編集はデスク側で同じ項目を変更していない場合に反映されます。デスク側でも変更していた場合は、双方の内容を競合として保存します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field returns (*.return);;All files (*)</source>
        <translation>返送ファイル (*.return);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return file:</source>
        <translation>返送ファイル：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kit passphrase:</source>
        <translation>現場キットのパスフレーズ：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the return file.</source>
        <translation>返送ファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merging the field return…</source>
        <translation>返送ファイルを統合しています…</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/navigation.py" line="+75"/>
        <source>Not found in the disclosures of {0}: {1} (search again to refresh)</source>
        <translation>{0}の開示に見当たりません：{1}（再度検索すると更新されます）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Opened from search: {0}</source>
        <translation>検索から開きました：{0}</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../ui/views/information_dialog.py" line="+44"/>
        <source>Correct {0}</source>
        <translation>{0}の訂正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record information</source>
        <translation>情報の記録</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>received from the partner</source>
        <translation>相手当局から受領</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>provided by us</source>
        <translation>当方から提供</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confidentiality requested (Art. 9.3)</source>
        <translation>秘密の保持の要請あり（第9条第3項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Provider said: not to law enforcement (Art. 9.2) — notice of</source>
        <translation>提供元の通知：法執行機関への提供禁止（第9条第2項） — 通知日</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Not to be used as evidence (Art. 10.1)</source>
        <translation>証拠としての使用禁止（第10条第1項）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>what was wrong in the entry (kept in the ledger)</source>
        <translation>記載の誤りの内容（台帳に保存されます）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reason for the correction</source>
        <translation>訂正の理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>区分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>提供元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request reference</source>
        <translation>要請の整理番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Date received</source>
        <translation>受領日</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Art. 9.2 notice</source>
        <translation>第9条第2項の通知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Provider&apos;s markings</source>
        <translation>提供元による表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions we attached</source>
        <translation>当方が付した条件</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Date provided</source>
        <translation>提供日</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>We said: not to law enforcement (Art. 9.2) — notice of</source>
        <translation>当方の通知：法執行機関への提供禁止（第9条第2項） — 通知日</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <location filename="../../ui/dialogs/observation.py" line="+48"/>
        <source>Arrived</source>
        <extracomment>Translated where shown (``self.tr`` here; the subject page uses this context too).</extracomment>
        <translation>到着</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departed</source>
        <translation>出発</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cargo declared</source>
        <translation>貨物の申告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspected</source>
        <translation>検査</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sighted</source>
        <translation>視認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Observation of {0} ({1})</source>
        <extracomment>A save&apos;s watch-list check (Art. 4.2) that waited for the index came back (perhaps after the dialog closed): the updated ``result_view`` (``watch_hits`` filled in).</extracomment>
        <translation>{0}の観察記録（{1}）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>UN/LOCODE</source>
        <translation>UN/LOCODE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UN/LOCODE of the port or airport, e.g. JPYOK or JP YOK</source>
        <translation>港又は空港のUN/LOCODE（例：JPYOK又はJP YOK）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(the request that asked for it)</source>
        <translation>（監視を求めた要請）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attach photo or scan…</source>
        <translation>写真又はスキャンを添付…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>When (UTC)</source>
        <translation>日時（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>事象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>情報源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers request</source>
        <translation>対応する要請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>添付資料</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Required (or a UN/LOCODE), e.g. Yokohama</source>
        <translation>必須（又はUN/LOCODE）。例：横浜</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional for “Other”, e.g. Yokohama</source>
        <translation>「その他」の場合は任意。例：横浜</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attach files</source>
        <translation>ファイルの添付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images and scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)</source>
        <translation>画像及びスキャン (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Saving the observation…</source>
        <translation>観察記録を保存しています…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{0} files</source>
        <translation>{0}ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attaching {0} ({1})…</source>
        <translation>{0}（{1}）を添付しています…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>watch list: not checked ({0})</source>
        <translation>監視リスト：未照合（{0}）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This observation is not saved. Save it?</source>
        <translation>この観察記録は保存されていません。保存しますか？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}: not attached ({1})</source>
        <translation>{0}：添付されませんでした（{1}）</translation>
    </message>
</context>
<context>
    <name>OfficialDialog</name>
    <message>
        <location filename="../../ui/dialogs/directory.py" line="-104"/>
        <source>Edit designated official</source>
        <translation>指定職員の編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add designated official (Art. 7.3)</source>
        <translation>指定職員の追加（第7条第3項）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>every agreement with the administration</source>
        <translation>当該税関当局とのすべての協定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Designated under:</source>
        <translation>指定の根拠となる協定：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the agreement&apos;s partner administration</source>
        <translation>協定の相手国の税関当局</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administration:</source>
        <translation>税関当局：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>官職</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail:</source>
        <translation>電子メール：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Telephone:</source>
        <translation>電話：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Designated now (letters are addressed to this official)</source>
        <translation>現に指定されている（文書はこの職員あてに送付）</translation>
    </message>
</context>
<context>
    <name>OralConfirmationDialog</name>
    <message>
        <location filename="../../ui/dialogs/oral_confirmation.py" line="+31"/>
        <source>Written confirmation (Art. 7.1)</source>
        <translation>書面による確認（第7条第1項）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Day of the written confirmation</source>
        <translation>書面による確認の日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{ref}: the oral request must be confirmed in writing (Art. 7.1). Record the day the partner&apos;s letter confirming it was received.</source>
        <translation>{ref}：口頭による要請は、書面により確認されなければなりません（第7条第1項）。確認する相手当局の文書を受領した日を記録してください。</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/dialogs/outcome.py" line="+67"/>
        <source>Status</source>
        <extracomment>Outcomes that cannot go ahead, so Art. 11.4 asks for a statement of reasons. The texts a statement of reasons prints, kept in each language (app.services.texts).</extracomment>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record the consultation outcome</source>
        <translation>協議の結果の記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance was withheld for consultation (Art. 11.3). Record what was agreed with the requesting administration; the request then becomes: {status}.</source>
        <translation>協議のため協力を差し控えています（第11条第3項）。要請当局と合意した内容を記録してください。記録後、当該要請の状態は「{status}」となります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refuse assistance</source>
        <translation>協力の拒否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusal needs at least one ground and a statement of reasons (Art. 11.1, 11.4).</source>
        <translation>拒否には、少なくとも一つの理由となる条項及び理由書が必要です（第11条第1項及び第4項）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postpone assistance</source>
        <translation>協力の延期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postponement needs at least one ground and a statement of reasons (Art. 11.4); say until when if known.</source>
        <translation>延期には、少なくとも一つの理由となる条項及び理由書が必要です（第11条第4項）。延期の期限が判明している場合は記載してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assist subject to conditions</source>
        <translation>条件付きの協力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State the conditions or requirements (Art. 11.1).</source>
        <translation>条件又は要件を記載してください（第11条第1項）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withhold for consultation</source>
        <translation>協議のための差控え</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistance would interfere with ongoing proceedings; the requesting administration is consulted (Art. 11.3).</source>
        <translation>協力が現に行われている手続に支障を及ぼすおそれがあるため、要請当局と協議します（第11条第3項）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executed in part</source>
        <translation>一部実施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say on which grounds the rest was not given.</source>
        <translation>残りの部分について協力しなかった理由を記載してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change status to {s}</source>
        <translation>状態を「{s}」に変更</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{title} — {ref}</source>
        <translation>{title} — {ref}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Grounds</source>
        <translation>理由となる条項</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statement of reasons (required) — Art. 11.4</source>
        <translation>理由書（必須） — 第11条第4項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of reasons — Art. 11.4</source>
        <translation>理由書 — 第11条第4項</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conditions or requirements — Art. 11.1</source>
        <translation>条件又は要件 — 第11条第1項</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>YYYY-MM-DD (optional)</source>
        <translation>YYYY-MM-DD（任意）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postponed until</source>
        <translation>延期の期限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Information to help pursue the matter (optional) — Art. 11.4</source>
        <translation>要請の今後の追求に資する情報（任意） — 第11条第4項</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The language of the texts below: each letter prints the version in its own language</source>
        <translation>以下の記載の言語：各文書には、その文書の言語による記載が印刷されます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Texts above in</source>
        <translation>上記の記載の言語</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outcome of the consultation (required) — Art. 11.3</source>
        <translation>協議の結果（必須） — 第11条第3項</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>History note (optional)</source>
        <translation>経過の記録（任意）</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>statement of reasons</source>
        <translation>理由書</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>conditions</source>
        <translation>条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>information to help pursue the matter</source>
        <translation>要請の今後の追求に資する情報</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{language} version missing: {fields}</source>
        <translation>{language}による記載が未入力：{fields}</translation>
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_change.py" line="+40"/>
        <source>Where the key is kept</source>
        <translation>鍵の保管場所</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store is encrypted again under a new key kept in this computer account&apos;s keyring; it then opens without a passphrase (the idle lock asks for an unlock passphrase you choose). A recovery key is then shown once: it opens the backups on a new computer. Backups made before keep the old passphrase.</source>
        <translation>データストアは、このコンピューターアカウントのキーリングに保管される新しい鍵で暗号化し直されます。以後はパスフレーズなしで開きます（無操作時のロックでは、設定したロック解除用パスフレーズを求められます）。その後、回復キーが一度だけ表示されます。回復キーにより、新しいコンピューターでバックアップを開くことができます。それ以前に作成したバックアップは、従前のパスフレーズのままです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store is encrypted again under a key derived from the new passphrase, typed at every start; the keyring no longer holds it. Backups made before keep the old key.</source>
        <translation>データストアは、起動の都度入力する新しいパスフレーズから生成される鍵で暗号化し直されます。キーリングには鍵を保管しなくなります。それ以前に作成したバックアップは、従前の鍵のままです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change passphrase</source>
        <translation>パスフレーズの変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change unlock passphrase</source>
        <translation>ロック解除用パスフレーズの変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store is encrypted again under the new passphrase; from then on only the new passphrase opens it. Backups made before keep the old one.</source>
        <translation>データストアは、新しいパスフレーズで暗号化し直されます。以後は、新しいパスフレーズでのみ開くことができます。それ以前に作成したバックアップは、従前のパスフレーズのままです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The idle lock will ask for the new unlock passphrase. The store&apos;s key stays in this computer account&apos;s keyring.</source>
        <translation>無操作時のロックでは、新しいロック解除用パスフレーズを求められます。データストアの鍵は、引き続きこのコンピューターアカウントのキーリングに保管されます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Current:</source>
        <translation>現在(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New:</source>
        <translation>新規(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>再入力(&amp;A)：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>new passphrase: the two entries differ</source>
        <translation>新しいパスフレーズ：2回の入力が一致しません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>current passphrase: wrong; nothing was changed</source>
        <translation>現在のパスフレーズ：誤りです。何も変更されていません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working…</source>
        <translation>処理しています…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the passphrase could not be changed: {e}</source>
        <extracomment>Kept so a caller (and a test) can reach it; modal to the window, not blocking.</extracomment>
        <translation>パスフレーズを変更できませんでした：{e}</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase.py" line="+26"/>
        <source>Liaison Desk — unlock</source>
        <translation>Liaison Desk — ロック解除</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The store in {0} is protected by a passphrase.</source>
        <extracomment>The running open (None when idle).</extracomment>
        <translation>{0}のデータストアは、パスフレーズで保護されています。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opening the store…</source>
        <translation>データストアを開いています…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The store could not be opened ({0}); nothing was changed.</source>
        <translation>データストアを開けませんでした（{0}）。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>PrepareKitDialog</name>
    <message>
        <location filename="../../ui/dialogs/field_kit.py" line="-77"/>
        <source>Prepare field kit</source>
        <translation>現場キットの作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The kit takes the chosen requests and surveillance subjects, with their observations and information, to a laptop. It is encrypted with the kit passphrase and signed by this desk. Until its return is merged, those records show as in the field.</source>
        <translation>現場キットには、選択した要請及び監視対象が、その観察記録及び情報とともに収められ、ノートPCに持ち出されます。現場キットは、現場キットのパスフレーズで暗号化され、このデスクにより署名されます。返送ファイルが統合されるまで、これらの記録は現場持出し中と表示されます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. JC-US-2026-0012 JC-US-2026-0004</source>
        <translation>例：JC-US-2026-0012 JC-US-2026-0004</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. S-0002 S-0005</source>
        <translation>例：S-0002 S-0005</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Yokohama, December operation</source>
        <translation>例：横浜、12月の取締り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take stored documents and photos</source>
        <translation>保管している文書及び写真を含める</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field kits (*.kit)</source>
        <translation>現場キット (*.kit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests:</source>
        <translation>要請：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subjects:</source>
        <translation>監視対象：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation:</source>
        <translation>取締り：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kit passphrase:</source>
        <translation>現場キットのパスフレーズ：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat it:</source>
        <translation>再入力：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the kit as:</source>
        <translation>現場キットの保存先：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose where to save the kit.</source>
        <translation>現場キットの保存先を選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases differ.</source>
        <translation>二つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kit passphrase needs at least {0} characters.</source>
        <translation>現場キットのパスフレーズは{0}文字以上必要です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preparing the field kit…</source>
        <translation>現場キットを作成しています…</translation>
    </message>
</context>
<context>
    <name>PresenceLine</name>
    <message>
        <location filename="../../ui/widgets/presence_line.py" line="+79"/>
        <source>{officer} (since {time})</source>
        <translation>{officer}（{time}から）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also open by: {names}</source>
        <translation>ほかに開いている職員：{names}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another officer has this record open on the shared desk. If they save first, your save is refused and you can reload and reapply your changes.</source>
        <translation>共有デスクで別の職員がこの記録を開いています。相手が先に保存した場合、あなたの保存は拒否されます。その場合は再読み込みして変更を再適用できます。</translation>
    </message>
</context>
<context>
    <name>QuickCheckDialog</name>
    <message>
        <location filename="../../ui/dialogs/quick_check.py" line="+44"/>
        <source>Check a name / number</source>
        <translation>氏名・番号の照合</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name (any script), passport, container, IMO, plate…</source>
        <translation>氏名・名称（いずれの文字でも可）、旅券、コンテナー、IMO、車両番号…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Score</source>
        <translation>一致度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>監視対象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible match</source>
        <translation>該当の可能性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>根拠</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matches appear as you type; double-click one to open the subject.</source>
        <translation>入力に応じて該当するものが表示されます。ダブルクリックすると監視対象が開きます。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Preparing the watch list…</source>
        <translation>監視リストを準備しています…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The watch list could not be checked: {0}</source>
        <translation>監視リストと照合できませんでした：{0}</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n possible match(es)</source>
        <translation>
            <numerusform>該当の可能性%n件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No subject on the watch list matches.</source>
        <translation>監視リストに該当する監視対象はありません。</translation>
    </message>
</context>
<context>
    <name>ReapplyWords</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/reapply_words.py" line="+18"/>
        <source>Reloaded as another officer saved it; your changes are applied on top (%n field(s) both of you changed are marked). Check, then save.</source>
        <translation>
            <numerusform>別の職員が保存した内容を読み込み直し、あなたの変更をその上に適用しました（双方が変更した%n項目に印を付けています）。確認してから保存してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reloaded as another officer saved it; your changes are applied on top. Check, then save.</source>
        <translation>別の職員が保存した内容を読み込み直し、あなたの変更をその上に適用しました。確認してから保存してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also changed by another officer, to: {value}. Your text is kept here; compare before saving.</source>
        <translation>別の職員もこの項目を変更しました（変更後：{value}）。あなたの入力はここに残しています。保存する前に比較してください。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../ui/dialogs/recovery_key.py" line="+137"/>
        <source>Your recovery key</source>
        <translation>回復キー</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../ui/dialogs/first_run.py" line="+39"/>
        <source>Your recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown once. It opens this desk&apos;s backups on a new computer.</source>
        <translation>一度だけ表示されます。回復キーにより、新しいコンピューターでこのデスクのバックアップを開くことができます。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../../ui/dialogs/recovery_key.py" line="-101"/>
        <source>The store&apos;s key is kept in this computer&apos;s keyring, so there is no passphrase. If this computer or its keyring is lost, a backup opens only with this recovery key. Print it or save it as PDF and print that, then keep the paper away from the computer, where your office keeps safe combinations. Whoever holds it and a backup can read the desk.</source>
        <translation>データストアの鍵はこのコンピューターのキーリングに保管されているため、パスフレーズはありません。このコンピューター又はキーリングが失われた場合、バックアップはこの回復キーでのみ開くことができます。印刷するか、PDFとして保存してそれを印刷し、用紙はコンピューターから離して、金庫の番号を保管している場所に保管してください。回復キーとバックアップの両方を持つ者は、デスクの内容を読むことができます。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as P&amp;DF…</source>
        <translation>PDFとして保存(&amp;D)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I have printed or written down the recovery key</source>
        <translation>回復キーを印刷又は書き留めました</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved as {0}. Print it, then delete the file.</source>
        <translation>{0}として保存しました。印刷した後、ファイルを削除してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the recovery key as PDF</source>
        <translation>回復キーをPDFとして保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;h2&gt;Liaison Desk recovery key&lt;/h2&gt;&lt;p&gt;Store: {0}&lt;br&gt;Data dir when made: {1}&lt;br&gt;Made: {2}&lt;/p&gt;&lt;p style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;&lt;tt&gt;{3}&lt;/tt&gt;&lt;/b&gt;&lt;/p&gt;{4}</source>
        <translation>&lt;h2&gt;Liaison Desk 回復キー&lt;/h2&gt;&lt;p&gt;データストア：{0}&lt;br&gt;作成時のデータフォルダ：{1}&lt;br&gt;作成日時：{2}&lt;/p&gt;&lt;p style=&apos;font-size:16pt&apos;&gt;&lt;b&gt;&lt;tt&gt;{3}&lt;/tt&gt;&lt;/b&gt;&lt;/p&gt;{4}</translation>
    </message>
</context>
<context>
    <name>ReportBackDialog</name>
    <message>
        <location filename="../../ui/dialogs/observation.py" line="+12"/>
        <source>Report back on {0}</source>
        <translation>{0}に関する報告</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no request linked</source>
        <translation>関連付けられた要請なし</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n observation(s), to {0} under {1}. The summary below becomes a provided information item; edit it as needed.</source>
        <translation>
            <numerusform>観察記録%n件を、{1}に基づき{0}に報告します。以下の概要は提供する情報として記録されます。必要に応じて編集してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Draft information item</source>
        <translation>情報の案</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../ui/widgets/request_detail.py" line="+50"/>
        <source>Administration making the request</source>
        <extracomment>The Art. 7.2 elements: (letter, caption), captions translated where shown (``self.tr``).</extracomment>
        <translation>要請を行う税関当局</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nature of the proceedings</source>
        <translation>要請に係る手続の性質</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object of and reason for the request</source>
        <translation>要請の対象及び理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties concerned</source>
        <translation>関係者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description of the matter and legal elements</source>
        <translation>事案の概要及び関係する法的要素</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administration giving the information</source>
        <extracomment>Spontaneous information (Art. 3.1, 4.3) in the same fields, read as information, main first.</extracomment>
        <translation>情報を提供する税関当局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information provided</source>
        <translation>提供情報</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customs offence it may concern</source>
        <translation>関係し得る関税法令違反</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons, firms or transport concerned</source>
        <translation>関係する者、法人又は輸送手段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of information or proceedings</source>
        <translation>情報又は手続の種類</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>confidential (9.3)</source>
        <extracomment>An information item&apos;s restrictions as ``app.services.requests.listing.related`` marks them, in words (a mark not listed shows as it is).</extracomment>
        <translation>秘（第9条第3項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no law enforcement (9.2)</source>
        <translation>法執行機関への提供禁止（第9条第2項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not as evidence (10.1)</source>
        <translation>証拠としての使用禁止（第10条第1項）</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Workflow actions are not available in this build.</source>
        <extracomment>What the pane shows besides the request&apos;s own rows (which all point at the request).</extracomment>
        <translation>処理操作は、このビルドでは利用できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Letters…</source>
        <translation>文書(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the formal letters of this request (Ctrl+P)</source>
        <translation>この要請の正式な文書を印刷します（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lin&amp;k subject…</source>
        <translation>監視対象の関連付け(&amp;K)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link a surveillance subject (a person, goods or a means of transport) to this request (Art. 4.2)</source>
        <translation>監視対象（人物、物品又は輸送手段）をこの要請に関連付けます（第4条第2項）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&lt;i&gt;Select a request to see it here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;要請を選択すると、ここに表示されます。&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>status: {0}</source>
        <translation>状態：{0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In the field: kit {0} since {1:%Y-%m-%d}</source>
        <translation>現場持出し中：現場キット{0}（{1:%Y-%m-%d}から）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Watch list (Art. 4.2)</source>
        <translation>監視リスト（第4条第2項）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Legal bases</source>
        <translation>根拠条項</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>none given</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Art. 7.2 elements</source>
        <translation>第7条第2項の記載事項</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <location line="+16"/>
        <source>missing</source>
        <translation>未記載</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <location line="+5"/>
        <source>not given</source>
        <translation>記載なし</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>(text of {0} not known)</source>
        <translation>（{0}の本文は不明）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Reciprocity (11.2):</source>
        <translation>相互主義（第11条第2項）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Information — Art. 3.1, 4.3</source>
        <translation>情報 — 第3条第1項、第4条第3項</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clocks</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Due:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no due date</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written confirmation (7.1):</source>
        <translation>書面による確認（第7条第1項）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} — due {1} ({2})</source>
        <translation>{0} — 期限 {1}（{2}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Officer:</source>
        <translation>担当職員：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not assigned</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcomes (Art. 11)</source>
        <translation>処理結果（第11条）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>grounds:</source>
        <translation>理由となる条項：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>statement of reasons: {0}</source>
        <translation>理由書：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conditions: {0}</source>
        <translation>条件：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>postponed until: {0}</source>
        <translation>延期の期限：{0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subjects, information and documents</source>
        <translation>監視対象、情報及び文書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subjects (4.2):</source>
        <translation>監視対象（第4条第2項）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none linked</source>
        <translation>関連付けなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information:</source>
        <translation>情報：</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>, final</source>
        <translation>、確定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents:</source>
        <translation>文書：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{direction}; {restrictions}</source>
        <translation>{direction}／{restrictions}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>History</source>
        <translation>経過</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+48"/>
        <source>Not available</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The request editor is not available in this build.</source>
        <translation>要請の編集画面は、このビルドでは利用できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A field copy exists</source>
        <translation>現場用の写しがあります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is in the field: kit {1} since {2:%Y-%m-%d}. A change made here and there too comes back as a conflict to resolve when the return is merged.</source>
        <translation>{0}は現場持出し中です：現場キット{1}（{2:%Y-%m-%d}から）。ここと現場の双方で変更した内容は、返送ファイルの統合時に、解決を要する競合となります。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Not linked</source>
        <translation>関連付けられませんでした</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Letters are not available in this build.</source>
        <translation>文書は、このビルドでは利用できません。</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <location filename="../../ui/dialogs/request_editor.py" line="+86"/>
        <source>Before it is sent — Art. 3.1, 4.3</source>
        <translation>提供前の確認 — 第3条第1項、第4条第3項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it carries — Art. 3.1, 4.3</source>
        <translation>記載事項 — 第3条第1項、第4条第3項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spontaneous information is not a request: Art. 7.2 (object and reason, oral requests) does not apply. It needs the administration giving it, a subject, the information itself and a 3.1 or 4.3 basis.</source>
        <translation>自発的な情報は要請ではないため、第7条第2項（対象及び理由、口頭による要請）は適用されません。情報を提供する税関当局、件名、情報そのもの及び第3条第1項又は第4条第3項の根拠が必要です。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalise and &amp;send</source>
        <translation>確定して送付(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record as &amp;sent</source>
        <translation>送付済みとして記録(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload and reapply</source>
        <translation>再読み込みして再適用(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the request as the other officer saved it and put your own changes back on top; fields you both changed keep your text and are marked so you can compare.</source>
        <translation>別の職員が保存した要請を読み込み直し、あなたの変更をその上に適用します。双方が変更した項目にはあなたの入力が残り、比較できるよう印が付きます。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>incoming request</source>
        <translation>受理した要請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outgoing request</source>
        <translation>発出する要請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spontaneous information received</source>
        <translation>受領した自発的な情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spontaneous information to give</source>
        <translation>提供する自発的な情報</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New {kind}</source>
        <translation>新規：{kind}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{ref} — {kind} ({status})</source>
        <translation>{ref} — {kind}（{status}）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Only outgoing requests and information are sent.</source>
        <translation>送付できるのは、発出する要請及び提供する情報のみです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already {status}; it cannot be sent again.</source>
        <translation>既に「{status}」であり、再度送付することはできません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>{article}: {message}</source>
        <translation>{article}：{message}</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cannot send: incomplete under Art. 3.1, 4.3 — {missing}</source>
        <translation>送付できません：第3条第1項、第4条第3項の記載事項が不完全です — {missing}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot finalise: incomplete under Art. 7.2 — {missing}</source>
        <translation>確定できません：第7条第2項の記載事項が不完全です — {missing}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save, then record as sent</source>
        <translation>保存して、送付済みとして記録</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save, then finalise and send</source>
        <translation>保存して、確定・送付</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A closed or withdrawn request cannot be edited.</source>
        <translation>終結又は撤回した要請は編集できません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved: {problem}</source>
        <translation>保存されませんでした：{problem}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved as {ref}.</source>
        <translation>{ref}として保存しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Also changed by another officer, to: {value}. Your text is kept here; compare before saving.</source>
        <translation>別の職員もこの項目を変更しました（変更後：{value}）。あなたの入力はここに残しています。保存する前に比較してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Reloaded as another officer saved it; your changes are applied on top (%n field(s) both of you changed are marked). Check, then save.</source>
        <translation>
            <numerusform>別の職員が保存した内容を読み込み直し、あなたの変更をその上に適用しました（双方が変更した%n項目に印を付けています）。確認してから保存してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reloaded as another officer saved it; your changes are applied on top. Check, then save.</source>
        <translation>別の職員が保存した内容を読み込み直し、あなたの変更をその上に適用しました。確認してから保存してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Watch list (Art. 4.2): checking {ref}…</source>
        <translation>監視リスト（第4条第2項）：{ref}を照合しています…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>watch list: not checked ({0})</source>
        <translation>監視リスト：未照合（{0}）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>watch list: not checked</source>
        <translation>監視リスト：未照合</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Watch list (Art. 4.2): %n possible match(es) — {list}</source>
        <translation>
            <numerusform>監視リスト（第4条第2項）：該当の可能性%n件 — {list}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Watch list (Art. 4.2): no subject on the watch list is named.</source>
        <translation>監視リスト（第4条第2項）：監視リスト上の監視対象は記載されていません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{ref} finalised and sent.</source>
        <translation>{ref}を確定し、送付しました。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This request has changes that are not saved. Save them?</source>
        <translation>この要請には保存されていない変更があります。保存しますか？</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../ui/dialogs/request_form.py" line="+62"/>
        <source>Legal basis</source>
        <extracomment>Something the officer typed or picked changed (drives the live panel and &quot;unsaved&quot;). The agreement choice changed (the editor reloads the catalogue). Spontaneous information (Art. 3.1, 4.3) has no ask: it reads and is checked as information.</extracomment>
        <translation>根拠条項</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>要請</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Agreement</source>
        <translation>協定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their reference</source>
        <translation>貴方整理番号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject — Art. 3.1</source>
        <translation>件名 — 第3条第1項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the information is about</source>
        <translation>情報の内容の要旨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normal</source>
        <translation>通常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>至急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgency</source>
        <translation>緊急度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In writing</source>
        <translation>書面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oral (urgent; to be confirmed in writing)</source>
        <translation>口頭（緊急時。書面による確認を要する）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form — Art. 7.1</source>
        <translation>形式 — 第7条第1項</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD HH:MM (UTC)</source>
        <translation>YYYY-MM-DD HH:MM（UTC）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oral request made at</source>
        <translation>口頭による要請の日時</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Written confirmation due</source>
        <translation>書面による確認の期限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Received on</source>
        <translation>受理日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD (blank: desk default)</source>
        <translation>YYYY-MM-DD（空欄の場合は既定値）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assigned officer</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Designated official — Art. 7.3</source>
        <translation>指定職員 — 第7条第3項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The partner&apos;s designated official through whom the request passes</source>
        <translation>要請の伝達を担う相手当局の指定職員</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Administration giving the information — Art. 3.1</source>
        <translation>情報を提供する税関当局 — 第3条第1項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information provided — Art. 3.1</source>
        <translation>提供情報 — 第3条第1項</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customs offence it may concern and legal elements (for 4.3(b): the harm it could do)</source>
        <translation>関係し得る関税法令違反及び法的要素（第4条第3項(b)の場合は、生ずるおそれのある損害）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persons, firms or transport concerned, if known</source>
        <translation>関係する者、法人又は輸送手段（判明している場合）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of information or proceedings, if any</source>
        <translation>情報又は手続の種類（ある場合）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(a) Administration making the request — Art. 7.2(a)</source>
        <translation>(a) 要請を行う税関当局 — 第7条第2項(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(b) Nature of the proceedings — Art. 7.2(b)</source>
        <translation>(b) 要請に係る手続の性質 — 第7条第2項(b)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(c) Object of and reason for the request — Art. 7.2(c)</source>
        <translation>(c) 要請の対象及び理由 — 第7条第2項(c)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(d) Names and addresses of the parties concerned, if known — Art. 7.2(d)</source>
        <translation>(d) 関係者の氏名及び住所（判明している場合） — 第7条第2項(d)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(e) Brief description of the matter and legal elements — Art. 7.2(e)</source>
        <translation>(e) 事案の概要及び関係する法的要素 — 第7条第2項(e)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the information must carry — Art. 3.1, 4.3</source>
        <translation>情報の記載事項 — 第3条第1項、第4条第3項</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the request must state — Art. 7.2</source>
        <translation>要請の記載事項 — 第7条第2項</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the texts below: each letter prints the version in its own language</source>
        <translation>以下の記載の言語：各文書には、その文書の言語による記載が印刷されます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Texts in</source>
        <translation>記載の言語</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Legal basis (articles of the agreement)</source>
        <translation>根拠条項（協定の条項）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hover over a basis to read its article</source>
        <translation>根拠にカーソルを合わせると、条項の本文が表示されます</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reciprocity and notes</source>
        <translation>相互主義及び備考</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>We could not comply with a similar request — Art. 11.2</source>
        <translation>当方は同様の要請に応ずることができない — 第11条第2項</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requesting administration says it could not comply with a similar request — Art. 11.2</source>
        <translation>要請当局は同様の要請に応ずることができない旨を表明 — 第11条第2項</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reciprocity limitation noted — Art. 11.2</source>
        <translation>相互主義上の制約あり — 第11条第2項</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reciprocity</source>
        <translation>相互主義</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reciprocity note</source>
        <translation>相互主義に関する記載</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internal notes</source>
        <translation>内部メモ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{language} version missing: {fields}</source>
        <translation>{language}による記載が未入力：{fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A final letter in a language is refused while a text has no version in it</source>
        <translation>いずれかの記載にその言語による記載がない間は、その言語による確定版の文書は作成できません</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Enter when the oral request was made ({problem}).</source>
        <translation>口頭による要請の日時を入力してください（{problem}）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the partner administration</source>
        <translation>相手当局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>we</source>
        <translation>当方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{day} — {who} must confirm in writing; {how}</source>
        <translation>{day} — {who}が書面により確認する必要があります。{how}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(none chosen)</source>
        <translation>（未選択）</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../ui/models/request_table.py" line="+32"/>
        <source>Our ref</source>
        <extracomment>(sort key, header) in column order; headers translated when shown (``headerData``).</extracomment>
        <translation>当方整理番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their ref</source>
        <translation>貴方整理番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>相手当局</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>根拠条項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>担当職員</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due soon</source>
        <translation>期限間近</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>oral, confirmation late</source>
        <translation>口頭・確認遅延</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oral, unconfirmed</source>
        <translation>口頭・未確認</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue: the due date (or the agreement&apos;s termination date, which ends all assistance under it) has passed.</source>
        <translation>期限超過：期限（又は、協定に基づくすべての協力が終了する協定の終了日）を経過しています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due soon.</source>
        <translation>期限間近。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oral request not yet confirmed in writing (Art. 7.1).</source>
        <translation>書面による確認が未了の口頭による要請（第7条第1項）。</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../../ui/views/requests.py" line="+118"/>
        <source>1 item of spontaneous information</source>
        <extracomment>Direction of a new request made from each group (Ctrl+N). The subject keeps at least this width (px) while other columns can give way. The detail pane&apos;s least width: at the default window size (1400 px) the list beside it keeps every column and the filter chips on one line; narrower windows scroll the list sideways. Kinds whose writes change what the list shows (an agreement&apos;s termination caps clocks).</extracomment>
        <translation>自発的な情報 1件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} items of spontaneous information</source>
        <translation>自発的な情報 {0}件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 request</source>
        <translation>要請 1件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} requests</source>
        <translation>要請 {0}件</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not available</source>
        <translation>利用不可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request editor is not available in this build.</source>
        <translation>要請の編集画面は、このビルドでは利用できません。</translation>
    </message>
</context>
<context>
    <name>RestartPrompt</name>
    <message>
        <location filename="../../ui/restart.py" line="+36"/>
        <source>Liaison Desk will be in {language} after a restart. Restart now? Open forms are closed first, and you are asked about any unsaved changes. Later: at the next start.</source>
        <extracomment>Set on the application when the window closed to restart (read by ``relaunch_if_asked``).</extracomment>
        <translation>再起動すると、Liaison Deskは{language}で表示されます。今すぐ再起動しますか？開いている入力画面は先に閉じられ、保存していない変更があればその扱いを確認します。「後で」を選ぶと、次回の起動時から切り替わります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart now</source>
        <translation>今すぐ再起動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the window</source>
        <translation>画面の言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not restarted: a form is still open. {language} from the next start.</source>
        <translation>再起動しませんでした：入力画面が開いたままです。次回の起動時から{language}で表示されます。</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../ui/views/search.py" line="+43"/>
        <source>Requests</source>
        <extracomment>Group headings, translated where shown (``self.tr``).</extracomment>
        <translation>要請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveillance subjects</source>
        <translation>監視対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>観察記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information items</source>
        <translation>情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclosures (Art. 9)</source>
        <translation>開示（第9条）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Type in the search field (Ctrl+F) and press Enter.</source>
        <extracomment>Item data role of the match span ``(start, end)`` in a &quot;Where it matched&quot; cell. The match&apos;s highlight: a marker-pen yellow, with dark text on it whether or not selected. What the index holds: a write touching any of these runs the shown search again.</extracomment>
        <translation>検索欄（Ctrl+F）に入力し、Enterキーを押してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found</source>
        <translation>該当</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>整理番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it matched</source>
        <translation>該当箇所</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The search index is not available in this build.</source>
        <translation>検索索引は、このビルドでは利用できません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Searching for “{0}”…</source>
        <translation>「{0}」を検索しています…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n found for “{0}”.</source>
        <translation>
            <numerusform>「{0}」の検索結果：%n件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing found for “{0}”.</source>
        <translation>「{0}」に該当するものはありません。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings.py" line="+46"/>
        <source>English letters (name in Latin letters)</source>
        <extracomment>Each letter language&apos;s group on the Profile tab: (code, group title).</extracomment>
        <translation>英語の文書（氏名はローマ字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese letters (name in kanji)</source>
        <translation>日本語の文書（氏名は漢字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spanish letters</source>
        <translation>スペイン語の文書</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>English</source>
        <extracomment>Letter languages in words (the bilingual layouts print the first language first).</extracomment>
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
        <source>English + Japanese</source>
        <translation>英語＋日本語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English + Spanish</source>
        <translation>英語＋スペイン語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese + English</source>
        <translation>日本語＋英語</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Profile</source>
        <extracomment>Dotted key -&gt; its input.</extracomment>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Administration</source>
        <translation>税関当局(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Letters &amp;&amp; dates</source>
        <translation>文書及び日付(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk</source>
        <translation>デスク(&amp;D)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Letters are signed with the details of their language; an empty field of a language is taken from English.</source>
        <translation>文書には、その文書の言語による事項で署名されます。ある言語の欄が空欄の場合は、英語の事項が用いられます。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Na&amp;me (required):</source>
        <translation>氏名（必須）(&amp;M)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in &amp;kanji:</source>
        <translation>漢字氏名(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>氏名：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title:</source>
        <translation>官職：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Title:</source>
        <translation>官職(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature block:</source>
        <translation>署名欄：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed instead of the name when given</source>
        <translation>記入した場合は、氏名に代えて印刷されます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact (every language)</source>
        <translation>連絡先（全言語共通）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail:</source>
        <translation>電子メール(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tele&amp;phone:</source>
        <translation>電話(&amp;P)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your administration heads every letter, in the letter&apos;s language.</source>
        <translation>自国の税関当局の名称は、すべての文書の冒頭に、その文書の言語で記載されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English (required):</source>
        <translation>英語（必須）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Japanese:</source>
        <translation>日本語：</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Spanish:</source>
        <translation>スペイン語：</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Letterhead</source>
        <translation>レターヘッド</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postal &amp;address:</source>
        <translation>郵便宛先(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per row, e.g. the division and office</source>
        <translation>1行に1項目（例：部課名及び官署名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letterhead lines, English:</source>
        <translation>レターヘッドの行（英語）：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Default letter &amp;languages:</source>
        <translation>文書の既定の言語(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None ticked: each agreement&apos;s first language.</source>
        <translation>チェックなしの場合は、各協定の第一の言語。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reference pattern:</source>
        <translation>整理番号の形式(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business days are counted in the calendar of the side that must act: weekends and its public holidays are skipped.</source>
        <translation>営業日は、対応を要する側の暦により数えます（週末及びその国の祝日を除く）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm an &amp;oral request within (Art. 7.1):</source>
        <translation>口頭による要請の確認期限(&amp;O)（第7条第1項）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source> business days</source>
        <translation> 営業日</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Answer an &amp;incoming request within:</source>
        <translation>受理した要請の回答期限(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show as &amp;due soon from:</source>
        <translation>期限間近の表示開始(&amp;D)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> days before</source>
        <translation> 日前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics: a request is &amp;cold after:</source>
        <translation>統計：長期未処理とする期間(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days without activity</source>
        <translation> 日間処理なし</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Lock after:</source>
        <translation>無操作時のロック(&amp;L)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> idle minutes</source>
        <translation> 分後</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>ロックしない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep daily backups:</source>
        <translation>日次バックアップの保存数(&amp;K)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> backups</source>
        <translation> 世代</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the &amp;window:</source>
        <translation>画面の言語(&amp;W):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agreements in use:</source>
        <translation>使用する協定：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change passphrase…</source>
        <translation>パスフレーズの変更…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change unlock passphrase…</source>
        <translation>ロック解除用パスフレーズの変更…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the key in the keyring instead…</source>
        <translation>鍵をキーリングに保管する方式に変更…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derive the key from a passphrase instead…</source>
        <translation>鍵をパスフレーズから生成する方式に変更…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Protection:</source>
        <translation>保護：</translation>
    </message>
</context>
<context>
    <name>StatsView</name>
    <message>
        <location filename="../../ui/views/stats.py" line="+100"/>
        <source>Export CSV…</source>
        <extracomment>Data role of a figure cell: (figure, key) for ``queries.behind``. Every kind of record whose write may change a figure. The figures on screen were read again.</extracomment>
        <translation>CSVエクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual report…</source>
        <translation>年次報告…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Figure</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incoming</source>
        <translation>受理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outgoing</source>
        <translation>発出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Double-click a figure (or press Enter) to list the requests behind it.</source>
        <translation>数値をダブルクリック（又はEnterキー）すると、該当する要請が一覧表示されます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Agreement:</source>
        <translation>協定(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Partner:</source>
        <translation>相手国(&amp;P)：</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>All agreements</source>
        <translation>すべての協定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All partners</source>
        <translation>すべての相手国</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} to {1}: {2} received, {3} sent; {4} open, {5} cold</source>
        <translation>{0}から{1}まで：受理{2}件、発出{3}件、未了{4}件、長期未処理{5}件</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Double-click to list the requests behind this figure</source>
        <translation>ダブルクリックすると、この数値に該当する要請が一覧表示されます</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Requests received and sent by month</source>
        <translation>月別の受理・発出要請件数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requests by legal basis</source>
        <translation>根拠条項別の要請件数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turnaround (received or sent → first answer)</source>
        <translation>処理期間（受理又は発出から最初の回答まで）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answered in the period</source>
        <translation>期間内に回答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median (days)</source>
        <translation>中央値（日）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile (days)</source>
        <translation>90パーセンタイル値（日）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On time (answered by the due date)</source>
        <translation>期限内処理（期限までに回答）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered late</source>
        <translation>期限後に回答</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open requests today, by age</source>
        <translation>本日時点の未了の要請（経過日数別）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0–30 days</source>
        <translation>0～30日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>31–90 days</source>
        <translation>31～90日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>91–180 days</source>
        <translation>91～180日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>181–365 days</source>
        <translation>181～365日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over a year</source>
        <translation>1年超</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cold: no activity for %n day(s)</source>
        <translation>
            <numerusform>長期未処理：%n日間処理なし</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refusals and postponements by ground (Art. 11)</source>
        <translation>理由となる条項別の拒否・延期（第11条）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+155"/>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+155"/>
        <source>postponed</source>
        <translation>延期</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+155"/>
        <source>withheld</source>
        <translation>差控え</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+28"/>
        <source>None in the period</source>
        <translation>期間内に該当なし</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Oral requests (Art. 7.1)</source>
        <translation>口頭による要請（第7条第1項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made orally</source>
        <translation>口頭による要請</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirmed in writing in time</source>
        <translation>期限内に書面による確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed in writing late</source>
        <translation>期限後に書面による確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not confirmed, overdue</source>
        <translation>未確認・期限超過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not confirmed, not yet due</source>
        <translation>未確認・期限前</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Special surveillance (Art. 4.2)</source>
        <translation>特別の監視（第4条第2項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>人物</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goods</source>
        <translation>物品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means of transport</source>
        <translation>輸送手段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subjects under surveillance: {0}</source>
        <translation>監視中の監視対象：{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Observations in {0}</source>
        <translation>{0}の観察記録</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disclosures by authority and verdict (Art. 9, 10)</source>
        <translation>当局別・判定別の開示（第9条、第10条）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>allowed</source>
        <translation>可</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>allowed with obligations</source>
        <translation>義務を伴い可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OVERRIDE</source>
        <translation>規定外記録</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No legal basis recorded</source>
        <translation>根拠条項の記録なし</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Requests received and sent by month (click a bar)</source>
        <translation>月別の受理・発出要請件数（棒をクリック）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>■ received (incoming)    ▨ sent (outgoing)</source>
        <translation>■ 受理    ▨ 発出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refusals and postponements by ground (click a bar)</source>
        <translation>理由となる条項別の拒否・延期（棒をクリック）</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Save the figures as CSV</source>
        <translation>数値をCSVとして保存</translation>
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
        <translation>{0}を保存しました</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Annual report</source>
        <translation>年次報告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year:</source>
        <translation>年：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the annual report</source>
        <translation>年次報告の保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Writing the annual report…</source>
        <translation>年次報告を作成しています…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="-414"/>
        <source>Draft</source>
        <extracomment>Request and spontaneous-information statuses (``app.treaty.lifecycle.Status``), in words. The article is given where it tells the officer what the state means.</extracomment>
        <translation>作成中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>送付済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>受付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>受領通知済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executed</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partially executed</source>
        <translation>一部実施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conditional</source>
        <translation>条件付き実施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postponed</source>
        <translation>延期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withheld (Art. 11.3)</source>
        <translation>差控え（第11条第3項）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>回答済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>終結</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded</source>
        <translation>記録済み</translation>
    </message>
</context>
<context>
    <name>SubjectEditor</name>
    <message>
        <location filename="../../ui/dialogs/subject_editor.py" line="+54"/>
        <source>Person (Art. 4.2(a))</source>
        <extracomment>Captions, translated where shown (``self.tr``; the subject page uses this context too).</extracomment>
        <translation>人物（第4条第2項(a)）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods (Art. 4.2(b))</source>
        <translation>物品（第4条第2項(b)）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Means of transport (Art. 4.2(c))</source>
        <translation>輸送手段（第4条第2項(c)）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>natural person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legal person (company)</source>
        <translation>法人（会社）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goods</source>
        <translation>物品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vessel</source>
        <translation>船舶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aircraft</source>
        <translation>航空機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>road vehicle</source>
        <translation>車両</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>品名・説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HS code</source>
        <translation>HSコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of storage</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>経路</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Date of birth</source>
        <extracomment>Captions of the detail fields; what to type goes in the field as its hint (DETAIL_HINTS), so neither is cut out of the other (a caption&apos;s own brackets, &quot;Fracción arancelaria (SA)&quot;, stay).</extracomment>
        <translation>生年月日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered in</source>
        <translation>登録国</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flag</source>
        <translation>船籍国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flight number</source>
        <translation>便名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country of registration</source>
        <translation>登録国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>運航者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>YYYY-MM-DD</source>
        <extracomment>Hints shown in an empty detail field (its placeholder): the form of what to type.</extracomment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JP, US…</source>
        <translation>JP、US…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per line</source>
        <translation>1行に1件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>country</source>
        <translation>国名</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Edit subject {0}</source>
        <extracomment>Detail fields of every kind in the order the form shows them (route and notes come last). A save&apos;s possible-duplicates check (Art. 4.2) that waited for the watch list came back after the dialog closed: the updated ``result_view`` (``similar`` filled in).</extracomment>
        <translation>監視対象{0}の編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New surveillance subject</source>
        <translation>新たな監視対象</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-kind</source>
        <translation>細分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One per line, any script: 田中 翔 / TANAKA Sho</source>
        <translation>1行に1件、いずれの文字でも可：田中 翔 / TANAKA Sho</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Names</source>
        <translation>氏名・名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aliases</source>
        <translation>別名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add identifier</source>
        <translation>識別番号の追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Identifiers</source>
        <translation>識別番号</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>References of the requests asking for it</source>
        <translation>監視を求める要請の整理番号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement</source>
        <translation>協定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked for by requests</source>
        <translation>監視を求める要請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested by</source>
        <translation>要請当局</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>from</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>review on</source>
        <translation>見直し日</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Surveillance period</source>
        <translation>監視期間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Surveillance period ({0})</source>
        <translation>監視期間（{0}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reload and reapply</source>
        <translation>再読み込みして再適用(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the subject as the other officer saved it and put your own changes back on top; fields you both changed keep your text and are marked so you can compare.</source>
        <translation>別の職員が保存した監視対象を読み込み直し、あなたの変更をその上に適用します。双方が変更した項目にはあなたの入力が残り、比較できるよう印が付きます。</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Also changed by another officer, to: {value}. Your text is kept here; compare before saving.</source>
        <translation>別の職員もこの項目を変更しました（変更後：{value}）。あなたの入力はここに残しています。保存する前に比較してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Reloaded as another officer saved it; your changes are applied on top (%n field(s) both of you changed are marked). Check, then save.</source>
        <translation>
            <numerusform>別の職員が保存した内容を読み込み直し、あなたの変更をその上に適用しました（双方が変更した%n項目に印を付けています）。確認してから保存してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reloaded as another officer saved it; your changes are applied on top. Check, then save.</source>
        <translation>別の職員が保存した内容を読み込み直し、あなたの変更をその上に適用しました。確認してから保存してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>watch list: not checked ({0})</source>
        <translation>監視リスト：未照合（{0}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This subject has changes that are not saved. Save them?</source>
        <translation>この監視対象には保存されていない変更があります。保存しますか？</translation>
    </message>
</context>
<context>
    <name>SubjectPage</name>
    <message>
        <location filename="../../ui/views/subject_page.py" line="+91"/>
        <source>surveillance</source>
        <extracomment>Timeline columns. Where and Source take their content width up to a cap and give way (down to a floor) before Notes, which takes the rest, drops under NOTES_MIN px: at the default window size the notes were pushed off-screen and could only be read in a tooltip. What a linked request is to the subject (``request_subjects.role``), in words.</extracomment>
        <translation>監視の要請</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subject</source>
        <translation>要請の対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mentioned</source>
        <translation>記載あり</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(alias)</source>
        <translation>（別名）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names</source>
        <translation>氏名・名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Identifier</source>
        <translation>識別番号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}; review {1}</source>
        <translation>{0}（見直し：{1}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifted</source>
        <translation>解除日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreement</source>
        <translation>協定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested by</source>
        <translation>要請当局</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none linked</source>
        <translation>関連付けなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>要請</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>means of transport: {0}</source>
        <translation>輸送手段：{0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add observation…</source>
        <translation>観察記録の追加…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report back…</source>
        <translation>報告…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend…</source>
        <translation>延長…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift surveillance…</source>
        <translation>監視の解除…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When (UTC)</source>
        <translation>日時（UTC）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>事象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>情報源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;i&gt;Select a subject to see its surveillance log.&lt;/i&gt;</source>
        <translation>&lt;i&gt;監視対象を選択すると、監視の記録が表示されます。&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In the field: kit {0} since {1:%Y-%m-%d}</source>
        <translation>現場持出し中：現場キット{0}（{1:%Y-%m-%d}から）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>not recorded</source>
        <translation>未記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place not recorded</source>
        <translation>場所未記録</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Source: {0}</source>
        <translation>情報源：{0}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Observation recorded; looking for other subjects it names while the watch list is prepared…</source>
        <translation>観察記録を登録しました。監視リストを準備しながら、記載されている他の監視対象を検索しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observation recorded.</source>
        <translation>観察記録を登録しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Information item {0} drafted for {1}.</source>
        <translation>{1}あての情報{0}を作成しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Surveillance extended until {0}.</source>
        <translation>監視を{0}まで延長しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Surveillance of {0} lifted; its history is kept.</source>
        <translation>{0}の監視を解除しました。経過は保存されています。</translation>
    </message>
</context>
<context>
    <name>SubjectStatus</name>
    <message>
        <location filename="../../ui/widgets/labels.py" line="+13"/>
        <source>Active</source>
        <extracomment>Surveillance statuses of a subject (Art. 4.2), as decided by ``surveillance_rules``.</extracomment>
        <translation>実施中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring</source>
        <translation>満了間近</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lapsed</source>
        <translation>期間満了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifted</source>
        <translation>解除</translation>
    </message>
</context>
<context>
    <name>SubjectStatusWords</name>
    <message>
        <location line="+414"/>
        <source>surveillance lifted</source>
        <translation>監視を解除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no end date recorded</source>
        <translation>終了日の記録なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>period ended {0}; not extended</source>
        <translation>{0}に期間満了、延長なし</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>period ends {0} (%n day(s) left)</source>
        <translation>
            <numerusform>{0}に期間満了（残り%n日）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until {0}</source>
        <translation>{0}まで</translation>
    </message>
</context>
<context>
    <name>SubjectTableModel</name>
    <message>
        <location filename="../../ui/views/subject_table.py" line="+26"/>
        <source>Code</source>
        <extracomment>Headers, translated when shown (``PagedTableModel.headerData``).</extracomment>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>氏名・名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiers</source>
        <translation>識別番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last seen</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>person</source>
        <extracomment>The kind in a word, translated when shown (``data``).</extracomment>
        <translation>人物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>company</source>
        <translation>法人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goods</source>
        <translation>物品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vessel</source>
        <translation>船舶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aircraft</source>
        <translation>航空機</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>road vehicle</source>
        <translation>車両</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container</source>
        <translation>コンテナー</translation>
    </message>
</context>
<context>
    <name>SurveillanceView</name>
    <message>
        <location filename="../../ui/views/surveillance.py" line="+56"/>
        <source>All kinds</source>
        <extracomment>Column widths (px) that fit the usual content; the name (which takes the spare width) and the identifiers elide, their tooltips keep all. The records the page shows: a write touching any of them re-reads it. The name keeps at least this width (px) while other columns can still give way.</extracomment>
        <translation>すべての種別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Persons</source>
        <translation>人物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods</source>
        <translation>物品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Means of transport</source>
        <translation>輸送手段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Under surveillance now</source>
        <translation>現在監視中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New subject…</source>
        <translation>新たな監視対象…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check a name / number…</source>
        <translation>氏名・番号の照合…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F from anywhere</source>
        <translation>どの画面からもCtrl+Shift+F</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+40"/>
        <source>No surveillance subjects yet. Record one with “New subject…” when a partner asks for special surveillance (Art. 4.2).</source>
        <translation>監視対象はまだありません。相手当局から特別の監視の要請があった場合は、「新たな監視対象…」で登録してください（第4条第2項）。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No subject matches these filters.</source>
        <translation>この条件に該当する監視対象はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n subject(s)</source>
        <translation>
            <numerusform>監視対象%n件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Possible duplicate — {0}</source>
        <translation>重複の可能性 — {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject {0} recorded; looking for possible duplicates while the watch list is prepared…</source>
        <translation>監視対象{0}を登録しました。監視リストを準備しながら、重複の可能性を確認しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject {0} recorded.</source>
        <translation>監視対象{0}を登録しました。</translation>
    </message>
</context>
<context>
    <name>TerminationDialog</name>
    <message>
        <location filename="../../ui/views/agreements.py" line="-195"/>
        <source>Notice of termination ({0})</source>
        <translation>終了の通告（{0}）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;The agreement ends {1} after written notice ({2}); every open request under it must be completed by then.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;協定は、書面による通告の{1}後に終了します（{2}）。協定に基づく未了の要請は、すべてそれまでに完了しなければなりません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notice given on:</source>
        <translation>通告日：</translation>
    </message>
</context>
<context>
    <name>TrialDesk</name>
    <message>
        <location filename="../../ui/dialogs/trial.py" line="+26"/>
        <source>No keyring works on this computer. Choose a passphrase for the trial desk (at least {0} characters; it holds only invented data):</source>
        <translation>このコンピューターでは使用できるキーリングがありません。試用デスクのパスフレーズを設定してください（{0}文字以上。架空のデータのみを保管します）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <location line="+21"/>
        <source>Trial desk</source>
        <translation>試用デスク</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Too short: at least {0} characters.</source>
        <translation>短すぎます：{0}文字以上必要です。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Opening the trial desk…</source>
        <translation>試用デスクを開いています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a trial desk with the invented demo data?

It is a separate encrypted store in {0}, marked &quot;Trial desk&quot; in its window. Your own desk is not changed.</source>
        <translation>架空のデモデータによる試用デスクを作成しますか？

試用デスクは{0}にある別の暗号化されたデータストアで、ウィンドウに「試用デスク」と表示されます。自分のデスクは変更されません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Making the trial desk and loading the demo data…</source>
        <translation>試用デスクを作成し、デモデータを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trial desk in {0} could not be opened: {1}</source>
        <translation>{0}の試用デスクを開けませんでした：{1}</translation>
    </message>
</context>
<context>
    <name>UnlockPassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/unlock_passphrase.py" line="+33"/>
        <location line="+17"/>
        <source>Unlock passphrase</source>
        <translation>ロック解除用パスフレーズ</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The desk&apos;s key is kept in this computer account&apos;s keyring. Choose a passphrase that only you know: the idle lock asks for it before it shows the desk again. At least {n} characters.</source>
        <translation>デスクの鍵は、このコンピューターアカウントのキーリングに保管されています。自分だけが知るパスフレーズを設定してください。無操作時のロックの後、デスクを再表示する前にこのパスフレーズを求められます。{n}文字以上。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Again</source>
        <translation>再入力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unlock passphrase: the two entries differ</source>
        <translation>ロック解除用パスフレーズ：2回の入力が一致しません</translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <location filename="../../ui/widgets/messages.py" line="+122"/>
        <source>Unsaved changes</source>
        <extracomment>Longest message shown in an error line (characters). Longest unbroken run of characters kept: a word-wrapped label cannot break inside a word, so one long run would set the label&apos;s (and the dialog&apos;s) minimum width. A Qt accelerator as translations write it after the caption: &quot;氏名（必須）(&amp;M)：&quot;. Notes a caption carries that the message itself makes plain, in the desk&apos;s languages: the whole note (&quot;Name (required)&quot;, &quot;氏名（必須）&quot;, &quot;Nombre (obligatorio)&quot;) or its last part (&quot;Name (English, required)&quot;, &quot;名称（英語、必須）&quot;, &quot;Nombre (inglés, obligatorio)&quot;). A caption&apos;s closing colon, ASCII or full-width. An article as a caption cites it, in each language of the catalogues: &quot;Art. 7.2(c)&quot; (English, Spanish), &quot;第7条第2項(c)&quot; (Japanese), &quot;条項7.2&quot; (Japanese, a number put in by a placeholder).</extracomment>
        <translation>未保存の変更</translation>
    </message>
</context>
<context>
    <name>WatchCheck</name>
    <message>
        <location filename="../../ui/widgets/watch_line.py" line="+107"/>
        <source>Not checked: {0}</source>
        <extracomment>Hits listed in full; the rest are counted.</extracomment>
        <translation>未照合：{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the watch list…</source>
        <translation>監視リストと照合しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No match on the watch list.</source>
        <translation>監視リストに該当はありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>… and {0} more</source>
        <translation>…ほか{0}件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no end date</source>
        <translation>終了日なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active until {0}</source>
        <translation>{0}まで監視中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lifted</source>
        <translation>解除済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active until {0}, ending soon</source>
        <translation>{0}まで監視中（満了間近）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lapsed on {0}</source>
        <translation>{0}に期間満了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>氏名・名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>identifier</source>
        <translation>識別番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1} — {2} — matched &apos;{3}&apos; ({4})</source>
        <translation>{0} {1} — {2} — 「{3}」に該当（{4}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — under {0}</source>
        <translation> — {0}に基づく</translation>
    </message>
</context>
<context>
    <name>WorkflowBar</name>
    <message>
        <location filename="../../ui/widgets/workflow_bar.py" line="+52"/>
        <source>Finalise &amp;&amp; send</source>
        <extracomment>Targets that always need the outcome dialog (grounds, statement, conditions). Targets that end the work on a request, so they are confirmed first. Buttons per row: the bar sits in a narrow detail pane, so it wraps instead of widening it.</extracomment>
        <translation>確定して送付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge</source>
        <translation>受領通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>処理開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark executed</source>
        <translation>実施済みにする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In part…</source>
        <translation>一部実施…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions…</source>
        <translation>条件付き実施…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postpone…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse…</source>
        <translation>拒否…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withhold (11.3)…</source>
        <translation>差控え（第11条第3項）…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark answered</source>
        <translation>回答済みにする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>終結</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assign…</source>
        <translation>担当者の指定…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirmed in writing…</source>
        <translation>書面による確認済み…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the written confirmation of this oral request (Art. 7.1)</source>
        <translation>この口頭による要請の書面による確認を記録します（第7条第1項）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Records the outcome of the consultation (Art. 11.3)</source>
        <translation>協議の結果を記録します（第11条第3項）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark {ref} as {status}? Work on it ends.</source>
        <translation>{ref}を「{status}」にしますか？ 当該要請の処理は終了します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Not done</source>
        <translation>実行されませんでした</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign</source>
        <translation>担当者の指定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Officer:</source>
        <translation>担当職員：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not assigned</source>
        <translation>未指定</translation>
    </message>
</context>
<context>
    <name>WriteReturnDialog</name>
    <message>
        <location filename="../../ui/dialogs/field_kit.py" line="+35"/>
        <source>Write field return</source>
        <translation>返送ファイルの作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The return holds everything done on this field desk since the kit was made, and its audit log. Take it back to the desk and merge it there.</source>
        <translation>返送ファイルには、現場キットの作成以降にこの現場デスクで行ったすべての作業及びその監査ログが収められます。デスクに持ち帰り、デスクで統合してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field returns (*.return)</source>
        <translation>返送ファイル (*.return)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kit passphrase:</source>
        <translation>現場キットのパスフレーズ：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the return as:</source>
        <translation>返送ファイルの保存先：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose where to save the return.</source>
        <translation>返送ファイルの保存先を選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the field return…</source>
        <translation>返送ファイルを作成しています…</translation>
    </message>
</context>
<context>
    <name>_EntryDialog</name>
    <message>
        <location filename="../../ui/dialogs/directory.py" line="-214"/>
        <source>&amp;Reload and reapply</source>
        <translation>再読み込みして再適用(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read the record as the other officer saved it and put your changes back on top</source>
        <translation>別の職員が保存した記録を読み込み直し、あなたの変更をその上に適用します</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0} ({1}):</source>
        <translation>{0}（{1}）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} ({1}, required):</source>
        <translation>{0}（{1}、必須）：</translation>
    </message>
</context>
<context>
    <name>_FileRow</name>
    <message>
        <location filename="../../ui/dialogs/field_kit.py" line="-182"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Field kit file</source>
        <translation>現場キットのファイル</translation>
    </message>
</context>
<context>
    <name>_MergeWords</name>
    <message>
        <location line="+184"/>
        <source>Return {0} of kit {1} was already merged; nothing changed.</source>
        <translation>現場キット{1}の返送ファイル{0}は統合済みです。変更はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Return {0} of kit {1} merged: %n record(s) added.</source>
        <translation>
            <numerusform>現場キット{1}の返送ファイル{0}を統合しました：%n件の記録を追加。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} (field) is now {1}.</source>
        <translation>{0}（現場）は{1}になりました。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n edit(s) of the field applied.</source>
        <translation>
            <numerusform>現場での変更%n件を反映しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) to resolve on the Conflicts page.</source>
        <translation>
            <numerusform>競合%n件：「競合」ページで解決してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+83"/>
        <source>Something went wrong inside Liaison Desk ({kind}: {msg}). Nothing was half-saved: every change is one transaction. The details are in the log.</source>
        <translation>Liaison Desk内部でエラーが発生しました（{kind}：{msg}）。変更はすべて一つのトランザクションとして処理されるため、中途半端に保存されたものはありません。詳細はログに記録されています。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Liaison Desk</source>
        <translation>Liaison Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Log: {path}</source>
        <translation>ログ：{path}</translation>
    </message>
</context>
<context>
    <name>lock</name>
    <message>
        <location filename="../../ui/lock.py" line="+209"/>
        <source>Copy confidential information</source>
        <translation>秘密の情報のコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This information was given in confidence (Art. 9.3). It will be removed from the clipboard after 60 seconds. Copy it?</source>
        <translation>この情報は秘密の保持を条件に提供されたものです（第9条第3項）。60秒後にクリップボードから削除されます。コピーしますか？</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../ui/startup.py" line="+177"/>
        <source>Liaison Desk cannot start</source>
        <extracomment>Files of the store that must be writable in place (SQLite writes the WAL beside the DB).</extracomment>
        <translation>Liaison Deskを起動できません</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="+70"/>
        <source>Opening the store…</source>
        <translation>データストアを開いています…</translation>
    </message>
</context>
</TS>
