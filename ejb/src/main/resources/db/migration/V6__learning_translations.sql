-- Self-learning in Spanish, French and German: the words of a module and of a step per language.
-- English stays in learning_module and learning_step and stands in for any text missing here.
-- Quiz choices keep the order of the English ones (correct_choice indexes them), separated by '|'.
-- Portable SQL: the same script runs on H2 and PostgreSQL.

create table learning_module_text (
    module_id varchar(36)   not null references learning_module (id),
    language  varchar(2)    not null,
    title     varchar(200)  not null,
    summary   varchar(1000) not null,
    primary key (module_id, language)
);

create table learning_step_text (
    step_id  varchar(36)   not null references learning_step (id),
    language varchar(2)    not null,
    title    varchar(200)  not null,
    body     varchar(4000),
    question varchar(500),
    choices  varchar(2000),
    primary key (step_id, language)
);

insert into learning_module_text (module_id, language, title, summary) values
    ('1e000000-0000-4000-8000-000000000001', 'es', 'Tu perfil y tu privacidad',
     'Qué muestra tu perfil, cómo decidir quién lo ve, qué hacer cuando cambias de centro y cómo dejar la plataforma con una copia de tus datos.'),
    ('1e000000-0000-4000-8000-000000000001', 'fr', 'Votre profil et votre confidentialité',
     'Ce que montre votre profil, comment décider qui le voit, que faire quand vous changez d’établissement, et comment quitter la plateforme avec une copie de vos données.'),
    ('1e000000-0000-4000-8000-000000000001', 'de', 'Ihr Profil und Ihre Privatsphäre',
     'Was Ihr Profil zeigt, wie Sie entscheiden, wer es sieht, was bei einem Schulwechsel zu tun ist und wie Sie die Plattform mit einer Kopie Ihrer Daten verlassen.'),
    ('1e000000-0000-4000-8000-000000000002', 'es', 'Encontrar socios: búsqueda de personas, seguir y contactos',
     'Busca colegas por nombre, por centro o con la búsqueda avanzada, y aprende cuándo seguir a un docente y cuándo invitarlo como contacto.'),
    ('1e000000-0000-4000-8000-000000000002', 'fr', 'Trouver des partenaires : recherche de personnes, suivre et contacts',
     'Recherchez des collègues par nom, par établissement ou avec la recherche avancée, et apprenez quand suivre un enseignant et quand l’inviter dans vos contacts.'),
    ('1e000000-0000-4000-8000-000000000002', 'de', 'Partner finden: Personensuche, Folgen und Kontakte',
     'Suchen Sie Kolleginnen und Kollegen nach Name, Schule oder mit der erweiterten Suche, und erfahren Sie, wann Sie einer Lehrkraft folgen und wann Sie sie als Kontakt einladen.'),
    ('1e000000-0000-4000-8000-000000000003', 'es', 'Poner en marcha un proyecto con socios',
     'Crea un proyecto en la pestaña Proyectos, invita a tus contactos como socios, entiende por qué puede fallar una invitación y qué ocurre mientras el Servicio Nacional de Apoyo valida tu proyecto.'),
    ('1e000000-0000-4000-8000-000000000003', 'fr', 'Lancer un projet avec des partenaires',
     'Créez un projet dans l’onglet Projets, invitez vos contacts comme partenaires, comprenez pourquoi une invitation peut échouer et ce qui se passe pendant que le Bureau d’assistance national valide votre projet.'),
    ('1e000000-0000-4000-8000-000000000003', 'de', 'Ein Projekt mit Partnern starten',
     'Legen Sie im Reiter Projekte ein Projekt an, laden Sie Ihre Kontakte als Partner ein, verstehen Sie, warum eine Einladung scheitern kann, und was geschieht, während die Nationale Koordinierungsstelle Ihr Projekt bestätigt.'),
    ('1e000000-0000-4000-8000-000000000004', 'es', 'Eventos y reuniones en línea',
     'Eventos públicos y privados, y las herramientas de un evento en línea: la sala de videoconferencia, el foro del evento y el espacio de documentos.'),
    ('1e000000-0000-4000-8000-000000000004', 'fr', 'Événements et réunions en ligne',
     'Les événements publics et privés, et les outils d’un événement en ligne : la salle de visioconférence, le forum de l’événement et l’espace documents.'),
    ('1e000000-0000-4000-8000-000000000004', 'de', 'Veranstaltungen und Online-Treffen',
     'Öffentliche und private Veranstaltungen und die Werkzeuge einer Online-Veranstaltung: der Videokonferenzraum, das Forum der Veranstaltung und der Dokumentenbereich.'),
    ('1e000000-0000-4000-8000-000000000005', 'es', 'Grupos y foros de colaboración',
     'Únete a grupos abiertos y cerrados, participa en actividades moderadas, solicita un grupo nuevo y busca socios de proyecto en los foros de colaboración.'),
    ('1e000000-0000-4000-8000-000000000005', 'fr', 'Groupes et forums de collaboration',
     'Rejoignez des groupes ouverts et fermés, participez à des activités modérées, demandez un nouveau groupe et cherchez des partenaires de projet dans les forums de collaboration.'),
    ('1e000000-0000-4000-8000-000000000005', 'de', 'Gruppen und Kooperationsforen',
     'Treten Sie offenen und geschlossenen Gruppen bei, machen Sie bei moderierten Aktivitäten mit, beantragen Sie eine neue Gruppe und suchen Sie in den Kooperationsforen nach Projektpartnern.'),
    ('1e000000-0000-4000-8000-000000000006', 'es', 'Entender tu progresión',
     'Las dos fuentes de tu progresión, sus cinco áreas, los límites de cada tipo de acción, quién ve tu barra y por qué el autoaprendizaje solo cuenta con la sesión iniciada.'),
    ('1e000000-0000-4000-8000-000000000006', 'fr', 'Comprendre votre progression',
     'Les deux sources de votre progression, ses cinq domaines, les plafonds de chaque type d’action, qui voit votre barre, et pourquoi l’autoformation ne compte que si vous êtes connecté.'),
    ('1e000000-0000-4000-8000-000000000006', 'de', 'Ihren Fortschritt verstehen',
     'Die zwei Quellen Ihres Fortschritts, seine fünf Bereiche, die Obergrenzen jeder Art von Aktion, wer Ihren Balken sieht und warum Selbstlernen nur zählt, wenn Sie angemeldet sind.');

-- Module 1: Your profile and privacy
insert into learning_step_text (step_id, language, title, body, question, choices) values
    ('1e570001-0000-4000-8000-000000000001', 'es', 'Tu perfil de un vistazo',
     'Haz clic en un nombre allí donde aparezca en Twinning Live, también en el tuyo, y se abrirá el perfil de esa persona. Un perfil muestra la información personal, la actividad reciente, los proyectos, los eventos y los grupos. Desde el perfil de otra persona puedes seguirla, invitarla como contacto o escribirle por correo electrónico si ha decidido mostrar su dirección.

Tu propio perfil es lo primero que ven otros docentes cuando buscan socios. Mantenlo al día: puedes editar en cualquier momento tu nombre, tu foto, las materias que impartes, tus idiomas, una breve biografía y las edades de tu alumnado.',
     null, null),
    ('1e570001-0000-4000-8000-000000000001', 'fr', 'Votre profil en un coup d’œil',
     'Cliquez sur un nom partout où il apparaît sur Twinning Live, le vôtre compris, et le profil de cette personne s’ouvre. Un profil présente les informations personnelles, l’activité récente, les projets, les événements et les groupes. Depuis le profil de quelqu’un d’autre, vous pouvez le suivre, l’inviter dans vos contacts ou lui écrire par e-mail s’il a choisi d’afficher son adresse.

Votre propre profil est la première chose que voient les autres enseignants quand ils cherchent des partenaires. Tenez-le à jour : vous pouvez modifier à tout moment votre nom, votre photo, les disciplines que vous enseignez, vos langues, une courte biographie et l’âge de vos élèves.',
     null, null),
    ('1e570001-0000-4000-8000-000000000001', 'de', 'Ihr Profil auf einen Blick',
     'Klicken Sie auf einen Namen, wo immer er auf Twinning Live erscheint, auch auf Ihren eigenen, und das Profil dieser Person öffnet sich. Ein Profil zeigt persönliche Angaben, letzte Aktivitäten, Projekte, Veranstaltungen und Gruppen. Im Profil einer anderen Person können Sie ihr folgen, sie als Kontakt einladen oder ihr eine E-Mail schreiben, wenn sie ihre Adresse anzeigt.

Ihr eigenes Profil ist das Erste, was andere Lehrkräfte sehen, wenn sie Partner suchen. Halten Sie es aktuell: Ihren Namen, Ihr Foto, Ihre Unterrichtsfächer, Ihre Sprachen, eine kurze Biografie und das Alter Ihrer Schülerinnen und Schüler können Sie jederzeit bearbeiten.',
     null, null),
    ('1e570001-0000-4000-8000-000000000002', 'es', 'Elegir quién te ve',
     'Las opciones de privacidad de tu perfil te permiten decidir quién puede verlo: todo el mundo, solo los usuarios registrados o solo tus contactos. También eliges si apareces en la búsqueda de personas, si los buscadores pueden mostrar tu perfil en internet y si se ve tu dirección de correo electrónico.

Tus decisiones se aplican al momento y en toda la plataforma, y puedes cambiarlas cuando quieras. Recuerda que tu barra de progresión se muestra a quien pueda ver tu perfil, así que estas opciones deciden también quién la ve.',
     null, null),
    ('1e570001-0000-4000-8000-000000000002', 'fr', 'Choisir qui vous voit',
     'Les paramètres de confidentialité de votre profil vous permettent de décider qui peut le voir : tout le monde, les utilisateurs inscrits seulement ou vos contacts seulement. Vous choisissez aussi si vous apparaissez dans la recherche de personnes, si les moteurs de recherche peuvent référencer votre profil sur internet et si votre adresse e-mail est affichée.

Vos choix prennent effet immédiatement et partout sur la plateforme, et vous pouvez les modifier quand vous le souhaitez. N’oubliez pas que votre barre de progression est visible par quiconque peut voir votre profil : ces paramètres décident donc aussi qui la voit.',
     null, null),
    ('1e570001-0000-4000-8000-000000000002', 'de', 'Wer Sie sehen darf',
     'Mit den Einstellungen zur Privatsphäre Ihres Profils entscheiden Sie, wer es sehen darf: alle, nur registrierte Nutzerinnen und Nutzer oder nur Ihre Kontakte. Außerdem wählen Sie, ob Sie in der Personensuche erscheinen, ob Suchmaschinen Ihr Profil im Internet aufführen dürfen und ob Ihre E-Mail-Adresse angezeigt wird.

Ihre Entscheidungen gelten sofort und überall auf der Plattform, und Sie können sie jederzeit ändern. Denken Sie daran, dass Ihr Fortschrittsbalken für alle sichtbar ist, die Ihr Profil sehen können; diese Einstellungen bestimmen also auch, wer ihn sieht.',
     null, null),
    ('1e570001-0000-4000-8000-000000000003', 'es', 'Cambiar de centro, y darse de baja',
     'Si te trasladas a un centro nuevo, no sobrescribas los datos del anterior. Abre tu perfil, elige Editar mi perfil, luego Mis centros escolares, y usa Añadir un centro escolar en la parte superior de la lista. Tus centros anteriores quedan en tu historial con sus fechas. Como tu centro ha cambiado, el Servicio Nacional de Apoyo de su país vuelve a revisar tu cuenta; mientras tanto, tu perfil indica que está en revisión y no puedes unirte a un proyecto ni recibir invitaciones a uno.

Si quieres dejar Twinning Live, solicita la eliminación de tu cuenta desde tu perfil o escribe a la dirección de soporte que aparece en el centro de ayuda desde la dirección de correo electrónico con la que te registraste. Antes, descarga todos tus datos en un solo archivo (JSON) si quieres conservar una copia: una vez confirmada la solicitud y pasado un breve periodo de gracia, ya no se podrá encontrar ni recuperar nada tuyo.',
     null, null),
    ('1e570001-0000-4000-8000-000000000003', 'fr', 'Changer d’établissement, et partir',
     'Si vous changez d’établissement, n’écrasez pas les informations de l’ancien. Ouvrez votre profil, choisissez Modifier mon profil, puis Mes établissements, et utilisez Ajouter un établissement en haut de la liste. Vos établissements précédents restent dans votre historique avec leurs dates. Comme votre établissement a changé, le Bureau d’assistance national de son pays vérifie à nouveau votre compte ; d’ici là, votre profil indique qu’il est en cours de vérification et vous ne pouvez ni rejoindre un projet ni y être invité.

Si vous voulez quitter Twinning Live, demandez la suppression de votre compte depuis votre profil, ou écrivez à l’adresse d’assistance indiquée dans le centre d’aide depuis l’adresse e-mail avec laquelle vous vous êtes inscrit. Avant cela, téléchargez toutes vos données dans un seul fichier (JSON) si vous voulez en garder une copie : une fois la demande confirmée et un court délai de grâce écoulé, plus rien de vous ne peut être trouvé ni récupéré.',
     null, null),
    ('1e570001-0000-4000-8000-000000000003', 'de', 'Schulwechsel und Abschied',
     'Wenn Sie an eine neue Schule wechseln, überschreiben Sie nicht die Angaben der bisherigen. Öffnen Sie Ihr Profil, wählen Sie Mein Profil bearbeiten, dann Meine Schulen, und nutzen Sie Schule hinzufügen oben in der Liste. Ihre früheren Schulen bleiben mit ihren Daten in Ihrem Verlauf. Da sich Ihre Schule geändert hat, prüft die Nationale Koordinierungsstelle ihres Landes Ihr Konto erneut; bis dahin zeigt Ihr Profil an, dass es geprüft wird, und Sie können keinem Projekt beitreten und zu keinem eingeladen werden.

Wenn Sie Twinning Live verlassen möchten, beantragen Sie die Löschung Ihres Kontos in Ihrem Profil, oder schreiben Sie von der E-Mail-Adresse, mit der Sie sich registriert haben, an die in der Hilfe genannte Support-Adresse. Laden Sie vorher alle Ihre Daten in einer Datei (JSON) herunter, wenn Sie eine Kopie behalten möchten: Sobald der Antrag bestätigt und eine kurze Karenzzeit vergangen ist, ist nichts mehr von Ihnen zu finden oder wiederherzustellen.',
     null, null),
    ('1e570001-0000-4000-8000-000000000004', 'es', 'Comprueba lo que has aprendido',
     'Piensa en tu historial de centros.',
     'Te has trasladado a un centro nuevo. ¿Qué debes hacer en tu perfil?',
     'Sobrescribir el nombre y la dirección de tu antiguo centro|Añadir el nuevo centro con Añadir un centro escolar, para que el antiguo quede en tu historial|Eliminar tu cuenta y registrarte de nuevo con el nuevo centro|Nada: la plataforma cambia tu centro por sí sola'),
    ('1e570001-0000-4000-8000-000000000004', 'fr', 'Vérifiez ce que vous avez compris',
     'Pensez à l’historique de vos établissements.',
     'Vous avez changé d’établissement. Que devez-vous faire dans votre profil ?',
     'Remplacer le nom et l’adresse de votre ancien établissement|Ajouter le nouvel établissement avec Ajouter un établissement, pour que l’ancien reste dans votre historique|Supprimer votre compte et vous réinscrire avec le nouvel établissement|Rien : la plateforme change votre établissement toute seule'),
    ('1e570001-0000-4000-8000-000000000004', 'de', 'Prüfen Sie Ihr Verständnis',
     'Denken Sie an den Verlauf Ihrer Schulen.',
     'Sie sind an eine neue Schule gewechselt. Was sollten Sie in Ihrem Profil tun?',
     'Name und Adresse Ihrer bisherigen Schule überschreiben|Die neue Schule mit Schule hinzufügen eintragen, damit die bisherige in Ihrem Verlauf bleibt|Ihr Konto löschen und sich mit der neuen Schule neu registrieren|Nichts: Die Plattform ändert Ihre Schule von selbst');

-- Module 2: Finding partners: people search, follow and contacts
insert into learning_step_text (step_id, language, title, body, question, choices) values
    ('1e570002-0000-4000-8000-000000000001', 'es', 'Buscar personas',
     'Abre la pestaña Personas y escribe un nombre o un centro escolar en el cuadro de búsqueda. Para afinar más, usa la búsqueda avanzada, que combina varios campos: país, centro escolar, materia, idioma, franja de edad de tu alumnado y función. Es una forma rápida de encontrar a un colega que encaje con tu idea de proyecto.

Los docentes que han decidido no aparecer en la búsqueda de personas nunca salen en la lista, así que puede que no encuentres a todas las personas que conoces. Haz clic en un nombre de los resultados para abrir el perfil de ese docente y ver sus proyectos, eventos y grupos.',
     null, null),
    ('1e570002-0000-4000-8000-000000000001', 'fr', 'Rechercher des personnes',
     'Ouvrez l’onglet Personnes et saisissez un nom ou un établissement dans le champ de recherche. Pour être plus précis, utilisez la recherche avancée, qui combine plusieurs champs : pays, établissement, discipline, langue, tranche d’âge de vos élèves et rôle. C’est un moyen rapide de trouver un collègue qui correspond à votre idée de projet.

Les enseignants qui ont choisi de ne pas apparaître dans la recherche de personnes ne sont jamais listés : il se peut donc que vous ne trouviez pas tous ceux que vous connaissez. Cliquez sur un nom dans les résultats pour ouvrir le profil de cet enseignant et voir ses projets, ses événements et ses groupes.',
     null, null),
    ('1e570002-0000-4000-8000-000000000001', 'de', 'Personen suchen',
     'Öffnen Sie den Reiter Personen und geben Sie einen Namen oder eine Schule in das Suchfeld ein. Genauer geht es mit der erweiterten Suche, die mehrere Felder kombiniert: Land, Schule, Fach, Sprache, Altersspanne Ihrer Schülerinnen und Schüler und Rolle. So finden Sie schnell jemanden, der zu Ihrer Projektidee passt.

Lehrkräfte, die nicht in der Personensuche erscheinen möchten, werden nie aufgeführt; daher finden Sie vielleicht nicht alle, die Sie kennen. Klicken Sie in den Ergebnissen auf einen Namen, um das Profil dieser Lehrkraft zu öffnen und ihre Projekte, Veranstaltungen und Gruppen zu sehen.',
     null, null),
    ('1e570002-0000-4000-8000-000000000002', 'es', '¿Seguir o invitar como contacto?',
     'Sigue a un docente cuando te interese lo que hace en la plataforma: su actividad pública aparecerá entonces en tu escritorio. Seguir a alguien no le exige nada a la otra persona, y puedes dejar de seguirla en cualquier momento.

Invita a un docente como contacto cuando quieras llevar a cabo un proyecto juntos. Usa Invitar como contacto en su perfil. Recibirá una notificación y podrá aceptar o rechazar la invitación; en cuanto la acepte, seréis contactos. Cualquiera de los dos puede eliminar el contacto más adelante.',
     null, null),
    ('1e570002-0000-4000-8000-000000000002', 'fr', 'Suivre ou inviter dans vos contacts ?',
     'Suivez un enseignant quand ce qu’il fait sur la plateforme vous intéresse : son activité publique apparaît alors sur votre bureau. Suivre quelqu’un ne lui demande rien, et vous pouvez cesser de le suivre à tout moment.

Invitez un enseignant dans vos contacts quand vous voulez mener un projet ensemble. Utilisez Inviter dans mes contacts sur son profil. Il reçoit une notification et peut accepter ou refuser ; dès qu’il accepte, vous êtes en contact. L’un comme l’autre peut retirer le contact plus tard.',
     null, null),
    ('1e570002-0000-4000-8000-000000000002', 'de', 'Folgen oder als Kontakt einladen?',
     'Folgen Sie einer Lehrkraft, wenn Sie interessiert, was sie auf der Plattform tut: Ihre öffentlichen Aktivitäten erscheinen dann auf Ihrem Desktop. Das Folgen verlangt der anderen Person nichts ab, und Sie können jederzeit damit aufhören.

Laden Sie eine Lehrkraft als Kontakt ein, wenn Sie gemeinsam ein Projekt durchführen möchten. Nutzen Sie dazu Als Kontakt einladen in ihrem Profil. Sie erhält eine Benachrichtigung und kann annehmen oder ablehnen; sobald sie annimmt, sind Sie Kontakte. Beide können den Kontakt später wieder entfernen.',
     null, null),
    ('1e570002-0000-4000-8000-000000000003', 'es', 'De una búsqueda a un socio',
     'Una buena búsqueda de socios suele ser así. Busca con los filtros que importan para tu idea, como el idioma en el que vais a trabajar y las edades de tu alumnado. Abre algunos perfiles y mira sus proyectos y grupos. Sigue a los docentes de los que aún no estés seguro o segura, para conocer mejor su trabajo.

Cuando hayas encontrado a la persona adecuada, preséntale tu idea por el correo interno (el icono del sobre) e invítala como contacto. Solo se puede invitar a un proyecto a los contactos, así que este es el paso que abre el camino para trabajar juntos.',
     null, null),
    ('1e570002-0000-4000-8000-000000000003', 'fr', 'D’une recherche à un partenaire',
     'Une bonne recherche de partenaires ressemble souvent à ceci. Recherchez avec les filtres qui comptent pour votre idée, comme la langue de travail et l’âge de vos élèves. Ouvrez quelques profils et regardez leurs projets et leurs groupes. Suivez les enseignants dont vous n’êtes pas encore sûr, pour découvrir leur travail.

Quand vous avez trouvé la bonne personne, présentez-lui votre idée par la messagerie interne (l’icône de l’enveloppe) et invitez-la dans vos contacts. Seuls vos contacts peuvent être invités à un projet : c’est donc cette étape qui ouvre la voie au travail en commun.',
     null, null),
    ('1e570002-0000-4000-8000-000000000003', 'de', 'Von der Suche zum Partner',
     'Eine gute Partnersuche sieht oft so aus: Suchen Sie mit den Filtern, die für Ihre Idee wichtig sind, etwa der Arbeitssprache und dem Alter Ihrer Schülerinnen und Schüler. Öffnen Sie einige Profile und sehen Sie sich deren Projekte und Gruppen an. Folgen Sie den Lehrkräften, bei denen Sie sich noch nicht sicher sind, um ihre Arbeit kennenzulernen.

Wenn Sie die richtige Person gefunden haben, stellen Sie ihr Ihre Idee über das interne Postfach (das Briefumschlag-Symbol) vor und laden Sie sie als Kontakt ein. Nur Kontakte können zu einem Projekt eingeladen werden; dieser Schritt öffnet also den Weg zur Zusammenarbeit.',
     null, null),
    ('1e570002-0000-4000-8000-000000000004', 'es', 'Comprueba lo que has aprendido',
     null,
     'Quieres hacer un proyecto con un docente que has encontrado en la búsqueda de personas. ¿Qué debes hacer primero?',
     'Seguirlo y esperar a que te siga|Invitarlo como contacto y esperar a que acepte|Invitarlo directamente a tu proyecto|Añadir su centro a tu propio perfil'),
    ('1e570002-0000-4000-8000-000000000004', 'fr', 'Vérifiez ce que vous avez compris',
     null,
     'Vous voulez mener un projet avec un enseignant trouvé dans la recherche de personnes. Que devez-vous faire d’abord ?',
     'Le suivre et attendre qu’il vous suive en retour|L’inviter dans vos contacts et attendre qu’il accepte|L’inviter directement à votre projet|Ajouter son établissement à votre propre profil'),
    ('1e570002-0000-4000-8000-000000000004', 'de', 'Prüfen Sie Ihr Verständnis',
     null,
     'Sie möchten ein Projekt mit einer Lehrkraft durchführen, die Sie in der Personensuche gefunden haben. Was sollten Sie zuerst tun?',
     'Ihr folgen und warten, bis sie Ihnen zurückfolgt|Sie als Kontakt einladen und warten, bis sie annimmt|Sie direkt zu Ihrem Projekt einladen|Ihre Schule zu Ihrem eigenen Profil hinzufügen');

-- Module 3: Starting a project with partners
insert into learning_step_text (step_id, language, title, body, question, choices) values
    ('1e570003-0000-4000-8000-000000000001', 'es', 'La pestaña Proyectos',
     'En la pestaña Proyectos es donde creas un proyecto. También reúne todos tus proyectos, ordenados en pendientes, abiertos y cerrados, y debajo de cada uno encuentras las acciones que puedes realizar con él.

La misma pestaña tiene un buscador para encontrar otros proyectos, por ejemplo por título, materia, edad del alumnado, idioma, país o estado. Mirar proyectos parecidos es una buena manera de inspirarte antes de empezar el tuyo.',
     null, null),
    ('1e570003-0000-4000-8000-000000000001', 'fr', 'L’onglet Projets',
     'C’est dans l’onglet Projets que vous créez un projet. Il liste aussi tous vos projets, classés en attente, ouverts et clôturés, et sous chaque projet se trouvent les actions possibles.

Le même onglet comprend un outil de recherche pour trouver d’autres projets, par exemple par titre, discipline, âge des élèves, langue, pays ou statut. Regarder des projets semblables est une bonne façon de trouver des idées avant de lancer le vôtre.',
     null, null),
    ('1e570003-0000-4000-8000-000000000001', 'de', 'Der Reiter Projekte',
     'Im Reiter Projekte legen Sie ein Projekt an. Er listet auch alle Ihre Projekte auf, sortiert nach ausstehend, offen und abgeschlossen, und unter jedem Projekt finden Sie die Aktionen, die Sie damit ausführen können.

Derselbe Reiter hat eine Suche, mit der Sie andere Projekte finden, zum Beispiel nach Titel, Fach, Alter der Schülerinnen und Schüler, Sprache, Land oder Status. Ähnliche Projekte anzusehen ist eine gute Möglichkeit, Ideen zu sammeln, bevor Sie Ihr eigenes starten.',
     null, null),
    ('1e570003-0000-4000-8000-000000000002', 'es', 'Invitar a socios',
     'Los socios se invitan en dos pasos. Primero pide a tus futuros socios que sean tus contactos y espera a que acepten. Después invítalos al proyecto desde sus acciones de socios. Se unen al proyecto en cuanto aceptan esa invitación.

Las acciones de socios también te permiten quitar socios y gestionar sus perfiles y funciones en el proyecto.',
     null, null),
    ('1e570003-0000-4000-8000-000000000002', 'fr', 'Inviter des partenaires',
     'Les partenaires s’invitent en deux étapes. Demandez d’abord à vos futurs partenaires de devenir vos contacts, et attendez qu’ils acceptent. Invitez-les ensuite au projet depuis ses actions sur les partenaires. Ils rejoignent le projet dès qu’ils acceptent cette invitation.

Les actions sur les partenaires permettent aussi de retirer des partenaires et de gérer leurs profils et leurs rôles dans le projet.',
     null, null),
    ('1e570003-0000-4000-8000-000000000002', 'de', 'Partner einladen',
     'Partner werden in zwei Schritten eingeladen. Bitten Sie Ihre künftigen Partner zuerst, Ihre Kontakte zu werden, und warten Sie, bis sie annehmen. Laden Sie sie dann über die Partneraktionen des Projekts ein. Sie treten dem Projekt bei, sobald sie diese Einladung annehmen.

Über die Partneraktionen können Sie außerdem Partner entfernen und ihre Profile und Rollen im Projekt verwalten.',
     null, null),
    ('1e570003-0000-4000-8000-000000000003', 'es', 'Cuando falla una invitación',
     'Si no puedes invitar a alguien, el mensaje que ves te dice por qué. Las causas más frecuentes son:

El docente no es uno de tus contactos.

Lo has invitado como contacto, pero todavía no ha aceptado.

Su Servicio Nacional de Apoyo aún está revisando su cuenta.

Ya es socio del proyecto.

El proyecto está cerrado.',
     null, null),
    ('1e570003-0000-4000-8000-000000000003', 'fr', 'Quand une invitation échoue',
     'Si vous ne pouvez pas inviter quelqu’un, le message qui s’affiche vous dit pourquoi. Les causes les plus fréquentes sont :

L’enseignant ne fait pas partie de vos contacts.

Vous l’avez invité dans vos contacts, mais il n’a pas encore accepté.

Son compte est encore en cours de vérification par son Bureau d’assistance national.

Il est déjà partenaire du projet.

Le projet est clôturé.',
     null, null),
    ('1e570003-0000-4000-8000-000000000003', 'de', 'Wenn eine Einladung scheitert',
     'Wenn Sie jemanden nicht einladen können, nennt Ihnen die angezeigte Meldung den Grund. Die häufigsten Gründe sind:

Die Lehrkraft gehört nicht zu Ihren Kontakten.

Sie haben sie als Kontakt eingeladen, aber sie hat noch nicht angenommen.

Ihr Konto wird noch von ihrer Nationalen Koordinierungsstelle geprüft.

Sie ist bereits Partner im Projekt.

Das Projekt ist geschlossen.',
     null, null),
    ('1e570003-0000-4000-8000-000000000004', 'es', 'La validación y lo que viene después',
     'Un proyecto nuevo queda pendiente hasta que el Servicio Nacional de Apoyo de cada docente fundador lo valida. Recibirás una notificación cuando ocurra, y entonces el proyecto pasará a tus proyectos abiertos.

Desde las acciones del proyecto puedes editar su información, añadir imágenes que lo representen y abrirlo o cerrarlo. También puedes solicitar un Sello de Calidad Nacional, que revisa tu Servicio Nacional de Apoyo, o un Sello de Calidad Europeo, que revisa el Servicio Central de Apoyo, y presentarte a los Premios Europeos, cada uno solo durante su plazo de solicitud. Allí también se pueden descargar los certificados del proyecto.',
     null, null),
    ('1e570003-0000-4000-8000-000000000004', 'fr', 'La validation, et la suite',
     'Un nouveau projet reste en attente jusqu’à ce que le Bureau d’assistance national de chaque enseignant fondateur l’ait validé. Vous êtes averti quand c’est le cas, et le projet rejoint alors vos projets ouverts.

Depuis les actions du projet, vous pouvez modifier ses informations, ajouter des images qui le représentent, et l’ouvrir ou le clôturer. Vous pouvez aussi demander un Label de qualité national, examiné par votre Bureau d’assistance national, ou un Label de qualité européen, examiné par le Bureau d’assistance central, et candidater aux Prix européens, chacun uniquement pendant sa période de candidature. Les certificats du projet s’y téléchargent aussi.',
     null, null),
    ('1e570003-0000-4000-8000-000000000004', 'de', 'Bestätigung und wie es weitergeht',
     'Ein neues Projekt bleibt ausstehend, bis die Nationale Koordinierungsstelle jeder Gründungslehrkraft es bestätigt hat. Sie werden benachrichtigt, sobald das geschieht, und das Projekt wandert dann zu Ihren offenen Projekten.

Über die Aktionen des Projekts können Sie seine Angaben bearbeiten, Bilder hinzufügen, die es darstellen, und es öffnen oder schließen. Sie können auch ein Nationales Qualitätssiegel beantragen, das Ihre Nationale Koordinierungsstelle prüft, oder ein Europäisches Qualitätssiegel, das die Zentrale Koordinierungsstelle prüft, und sich um die Europäischen Preise bewerben, jeweils nur in ihrem Bewerbungszeitraum. Dort lassen sich auch die Zertifikate des Projekts herunterladen.',
     null, null),
    ('1e570003-0000-4000-8000-000000000005', 'es', 'Comprueba lo que has aprendido',
     'Recuerda las causas más frecuentes de una invitación fallida.',
     '¿Cuál de estos es un motivo frecuente por el que no puedes invitar a un docente a tu proyecto?',
     'El docente no tiene foto en su perfil|El docente imparte una materia distinta de la tuya|El docente todavía no ha aceptado tu solicitud de contacto|El docente sigue a muchos otros usuarios'),
    ('1e570003-0000-4000-8000-000000000005', 'fr', 'Vérifiez ce que vous avez compris',
     'Rappelez-vous les causes les plus fréquentes d’une invitation qui échoue.',
     'Laquelle de ces raisons empêche souvent d’inviter un enseignant à votre projet ?',
     'L’enseignant n’a pas de photo sur son profil|L’enseignant enseigne une autre discipline que vous|L’enseignant n’a pas encore accepté votre demande de contact|L’enseignant suit beaucoup d’autres utilisateurs'),
    ('1e570003-0000-4000-8000-000000000005', 'de', 'Prüfen Sie Ihr Verständnis',
     'Denken Sie an die häufigsten Gründe für eine gescheiterte Einladung.',
     'Welcher dieser Gründe verhindert häufig, dass Sie eine Lehrkraft zu Ihrem Projekt einladen können?',
     'Die Lehrkraft hat kein Foto in ihrem Profil|Die Lehrkraft unterrichtet ein anderes Fach als Sie|Die Lehrkraft hat Ihre Kontaktanfrage noch nicht angenommen|Die Lehrkraft folgt vielen anderen Nutzerinnen und Nutzern');

-- Module 4: Events and online meetings
insert into learning_step_text (step_id, language, title, body, question, choices) values
    ('1e570004-0000-4000-8000-000000000001', 'es', 'Qué son los eventos',
     'Los eventos son encuentros entre usuarios de Twinning Live, presenciales o en línea, con fines muy distintos: talleres, sesiones de formación, presentaciones de centros, presentaciones de proyectos, sesiones de búsqueda de socios y mucho más.

Cualquier usuario de la plataforma puede organizar un evento. Quien lo organiza le da un título, un tipo, una fecha y, si es presencial, un lugar.',
     null, null),
    ('1e570004-0000-4000-8000-000000000001', 'fr', 'Ce que sont les événements',
     'Les événements sont des rencontres entre utilisateurs de Twinning Live, en présentiel ou en ligne, aux objectifs très variés : ateliers, sessions de formation, présentations d’établissements, présentations de projets, sessions de recherche de partenaires, et plus encore.

Tout utilisateur de la plateforme peut organiser un événement. L’organisateur lui donne un titre, un type, une date et, pour un événement en présentiel, un lieu.',
     null, null),
    ('1e570004-0000-4000-8000-000000000001', 'de', 'Was Veranstaltungen sind',
     'Veranstaltungen sind Treffen zwischen Nutzerinnen und Nutzern von Twinning Live, vor Ort oder online, mit ganz unterschiedlichen Zielen: Workshops, Fortbildungen, Schulpräsentationen, Projektpräsentationen, Treffen zur Partnersuche und mehr.

Alle Nutzerinnen und Nutzer der Plattform können eine Veranstaltung organisieren. Wer organisiert, gibt ihr einen Titel, eine Art, ein Datum und, bei einer Veranstaltung vor Ort, einen Ort.',
     null, null),
    ('1e570004-0000-4000-8000-000000000002', 'es', 'Eventos públicos y privados',
     'Un evento público está abierto: cualquiera puede encontrarlo en la pestaña Eventos e inscribirse para participar.

Un evento privado es solo para las personas a las que invitó quien lo organiza al crearlo. Si no te han invitado, no puedes verlo ni unirte a él. Elige privado para una reunión con los socios de tu proyecto, y público cuando quieras llegar al mayor número posible de colegas.',
     null, null),
    ('1e570004-0000-4000-8000-000000000002', 'fr', 'Événements publics et privés',
     'Un événement public est ouvert : tout le monde peut le trouver dans l’onglet Événements et s’y inscrire.

Un événement privé est réservé aux personnes que l’organisateur a invitées en le créant. Si vous n’avez pas été invité, vous ne pouvez ni le voir ni y participer. Choisissez un événement privé pour une réunion entre partenaires de projet, et public quand vous voulez toucher le plus de collègues possible.',
     null, null),
    ('1e570004-0000-4000-8000-000000000002', 'de', 'Öffentliche und private Veranstaltungen',
     'Eine öffentliche Veranstaltung ist offen: Alle können sie im Reiter Veranstaltungen finden und sich zur Teilnahme anmelden.

Eine private Veranstaltung ist nur für die Personen, die beim Anlegen eingeladen wurden. Wenn Sie nicht eingeladen wurden, können Sie sie weder sehen noch daran teilnehmen. Wählen Sie privat für ein Treffen Ihrer Projektpartner und öffentlich, wenn Sie möglichst viele Kolleginnen und Kollegen erreichen möchten.',
     null, null),
    ('1e570004-0000-4000-8000-000000000003', 'es', 'Dentro de un evento en línea',
     'Un evento en línea dispone de una sala de audio y videoconferencia con espacio para hasta 100 participantes. Quien organiza el evento modera la sala.

Además, cada evento tiene su propio foro, para debatir antes y después de la sesión, y un espacio para archivar documentos. Antes de la reunión, publica el orden del día en el foro y comparte tus diapositivas en el espacio de documentos. Después, usa el foro para seguir con el debate y recoger ideas.',
     null, null),
    ('1e570004-0000-4000-8000-000000000003', 'fr', 'À l’intérieur d’un événement en ligne',
     'Un événement en ligne dispose d’une salle d’audio et de visioconférence pouvant accueillir jusqu’à 100 participants. L’organisateur anime la salle.

Chaque événement a aussi son propre forum, pour débattre avant et après la session, et un espace pour archiver des documents. Avant la réunion, publiez l’ordre du jour dans le forum et partagez vos diapositives dans l’espace documents. Après, utilisez le forum pour prolonger la discussion et recueillir des idées.',
     null, null),
    ('1e570004-0000-4000-8000-000000000003', 'de', 'In einer Online-Veranstaltung',
     'Eine Online-Veranstaltung hat einen Audio- und Videokonferenzraum mit Platz für bis zu 100 Teilnehmende. Wer die Veranstaltung organisiert, moderiert den Raum.

Jede Veranstaltung hat außerdem ein eigenes Forum für die Diskussion vor und nach der Sitzung sowie einen Bereich zum Ablegen von Dokumenten. Veröffentlichen Sie vor dem Treffen die Tagesordnung im Forum und teilen Sie Ihre Folien im Dokumentenbereich. Nutzen Sie das Forum danach, um die Diskussion fortzusetzen und Ideen zu sammeln.',
     null, null),
    ('1e570004-0000-4000-8000-000000000004', 'es', 'Comprueba lo que has aprendido',
     null,
     '¿Quién puede participar en un evento privado?',
     'Cualquier docente registrado|Cualquier persona, incluso sin cuenta|Solo los docentes del país de quien lo organiza|Solo las personas invitadas por quien lo organiza'),
    ('1e570004-0000-4000-8000-000000000004', 'fr', 'Vérifiez ce que vous avez compris',
     null,
     'Qui peut participer à un événement privé ?',
     'Tout enseignant inscrit|Tout le monde, même sans compte|Seulement les enseignants du pays de l’organisateur|Seulement les personnes invitées par l’organisateur'),
    ('1e570004-0000-4000-8000-000000000004', 'de', 'Prüfen Sie Ihr Verständnis',
     null,
     'Wer kann an einer privaten Veranstaltung teilnehmen?',
     'Jede registrierte Lehrkraft|Alle, auch ohne Konto|Nur Lehrkräfte aus dem Land der Organisatorin oder des Organisators|Nur die Personen, die eingeladen wurden');

-- Module 5: Groups and collaboration forums
insert into learning_step_text (step_id, language, title, body, question, choices) values
    ('1e570005-0000-4000-8000-000000000001', 'es', 'Para qué sirven los grupos',
     'Los grupos son espacios privados donde sus miembros conversan y trabajan juntos sobre un tema concreto. Los docentes los usan para compartir ejemplos, debatir sobre métodos de enseñanza y encontrar apoyo para su desarrollo profesional, y son excelentes para la colaboración a largo plazo entre docentes.

En los grupos moderados, las personas que moderan preparan actividades y tareas que los miembros debaten y realizan juntos. Los temas van desde la enseñanza de idiomas y el emprendimiento en la educación hasta la ciencia, la tecnología, la ingeniería y las matemáticas.',
     null, null),
    ('1e570005-0000-4000-8000-000000000001', 'fr', 'À quoi servent les groupes',
     'Les groupes sont des espaces privés où les membres échangent et travaillent ensemble sur un thème précis. Les enseignants s’en servent pour partager des exemples, discuter de méthodes pédagogiques et trouver du soutien pour leur développement professionnel ; ils sont excellents pour une collaboration durable entre enseignants.

Dans les groupes modérés, les modérateurs préparent des activités et des tâches que les membres discutent et réalisent ensemble. Les thèmes vont de l’enseignement des langues et de l’entrepreneuriat dans l’éducation aux sciences, à la technologie, à l’ingénierie et aux mathématiques.',
     null, null),
    ('1e570005-0000-4000-8000-000000000001', 'de', 'Wofür Gruppen da sind',
     'Gruppen sind private Räume, in denen sich die Mitglieder zu einem bestimmten Thema austauschen und zusammenarbeiten. Lehrkräfte nutzen sie, um Beispiele zu teilen, Unterrichtsmethoden zu diskutieren und Unterstützung für ihre berufliche Entwicklung zu finden; für eine langfristige Zusammenarbeit zwischen Lehrkräften eignen sie sich hervorragend.

In moderierten Gruppen bereiten die Moderatorinnen und Moderatoren Aktivitäten und Aufgaben vor, die die Mitglieder gemeinsam besprechen und durchführen. Die Themen reichen vom Sprachunterricht und unternehmerischem Denken in der Bildung bis zu Mathematik, Informatik, Naturwissenschaften und Technik.',
     null, null),
    ('1e570005-0000-4000-8000-000000000002', 'es', 'Unirse a un grupo, dejarlo y solicitar uno',
     'Puedes unirte a un grupo abierto o dejarlo cuando quieras (algunos grupos abiertos están reservados a docentes validados). A un grupo cerrado solo se entra por invitación. Para unirte a un grupo, inicia sesión, abre tu escritorio y ve a la sección Grupos. Tus grupos aparecen siempre en tu escritorio, así que puedes volver a ellos en cualquier momento.

Cualquier usuario puede solicitar un grupo nuevo indicando su tema, una descripción y si debe ser abierto o cerrado. El Servicio Central de Apoyo revisa la solicitud y decide si la aprueba. Si la rechaza, te explica por qué.',
     null, null),
    ('1e570005-0000-4000-8000-000000000002', 'fr', 'Rejoindre, quitter et demander un groupe',
     'Vous pouvez rejoindre ou quitter un groupe ouvert quand vous le souhaitez (certains groupes ouverts sont réservés aux enseignants validés). On n’entre dans un groupe fermé que sur invitation. Pour rejoindre un groupe, connectez-vous, ouvrez votre bureau et allez dans la section Groupes. Vos groupes sont toujours listés sur votre bureau : vous pouvez y revenir à tout moment.

Tout utilisateur peut demander un nouveau groupe en indiquant son thème, une description et s’il doit être ouvert ou fermé. Le Bureau d’assistance central examine la demande et décide de l’approuver ou non. En cas de refus, on vous explique pourquoi.',
     null, null),
    ('1e570005-0000-4000-8000-000000000002', 'de', 'Gruppen beitreten, verlassen und beantragen',
     'Einer offenen Gruppe können Sie jederzeit beitreten oder sie wieder verlassen (manche offenen Gruppen sind bestätigten Lehrkräften vorbehalten). Einer geschlossenen Gruppe kann man nur auf Einladung beitreten. Um einer Gruppe beizutreten, melden Sie sich an, öffnen Ihren Desktop und gehen zum Bereich Gruppen. Ihre Gruppen stehen immer auf Ihrem Desktop, sodass Sie jederzeit zu ihnen zurückkehren können.

Alle können eine neue Gruppe beantragen und dabei ihr Thema, eine Beschreibung und angeben, ob sie offen oder geschlossen sein soll. Die Zentrale Koordinierungsstelle prüft den Antrag und entscheidet, ob sie ihn genehmigt. Wird er abgelehnt, erfahren Sie den Grund.',
     null, null),
    ('1e570005-0000-4000-8000-000000000003', 'es', 'Foros de colaboración: buscar socios',
     'En los foros de colaboración los docentes publican ofertas para encontrar socios para futuros proyectos y colaboraciones. Puedes responder a una publicación o ponerte en contacto directamente con su autor.

Para encontrar publicaciones que respondan a tus intereses, busca en los foros con palabras clave como AICLE (CLIL) o STEM y acota después los resultados con los filtros avanzados: edad del alumnado, idioma y país. Cuando encuentres una buena coincidencia, invita al autor como contacto para poder invitarlo más tarde a un proyecto.',
     null, null),
    ('1e570005-0000-4000-8000-000000000003', 'fr', 'Forums de collaboration : chercher des partenaires',
     'Dans les forums de collaboration, les enseignants publient des annonces pour trouver des partenaires pour de futurs projets et collaborations. Vous pouvez répondre à une annonce ou contacter directement son auteur.

Pour trouver les annonces qui correspondent à vos centres d’intérêt, recherchez dans les forums avec des mots-clés comme EMILE (CLIL) ou STEM, puis affinez les résultats avec les filtres avancés : âge des élèves, langue et pays. Quand une annonce vous correspond, invitez son auteur dans vos contacts pour pouvoir ensuite l’inviter à un projet.',
     null, null),
    ('1e570005-0000-4000-8000-000000000003', 'de', 'Kooperationsforen: Partner suchen',
     'In den Kooperationsforen veröffentlichen Lehrkräfte Angebote, um Partner für künftige Projekte und Kooperationen zu finden. Sie können auf einen Beitrag antworten oder sich direkt an die Person wenden, die ihn geschrieben hat.

Um Beiträge zu finden, die zu Ihren Interessen passen, durchsuchen Sie die Foren mit Stichwörtern wie CLIL oder STEM (MINT) und grenzen die Ergebnisse dann mit den erweiterten Filtern ein: Alter der Schülerinnen und Schüler, Sprache und Land. Wenn Sie einen passenden Beitrag finden, laden Sie die Person, die ihn geschrieben hat, als Kontakt ein, damit Sie sie später zu einem Projekt einladen können.',
     null, null),
    ('1e570005-0000-4000-8000-000000000004', 'es', 'Comprueba lo que has aprendido',
     null,
     '¿Cómo puedes hacerte miembro de un grupo cerrado?',
     'Solo si te invitan|Haciendo clic en Unirse en la página del grupo|Publicando una solicitud en los foros de colaboración|Buscándolo en la pestaña Personas'),
    ('1e570005-0000-4000-8000-000000000004', 'fr', 'Vérifiez ce que vous avez compris',
     null,
     'Comment devenir membre d’un groupe fermé ?',
     'Uniquement sur invitation|En cliquant sur Rejoindre sur la page du groupe|En publiant une demande dans les forums de collaboration|En le recherchant dans l’onglet Personnes'),
    ('1e570005-0000-4000-8000-000000000004', 'de', 'Prüfen Sie Ihr Verständnis',
     null,
     'Wie werden Sie Mitglied einer geschlossenen Gruppe?',
     'Nur auf Einladung|Indem Sie auf der Seite der Gruppe auf Beitreten klicken|Indem Sie in den Kooperationsforen eine Anfrage veröffentlichen|Indem Sie im Reiter Personen nach ihr suchen');

-- Module 6: Understanding your progression
insert into learning_step_text (step_id, language, title, body, question, choices) values
    ('1e570006-0000-4000-8000-000000000001', 'es', 'Dos fuentes, cinco áreas',
     'Tu progresión se alimenta de dos fuentes: tu participación en Twinning Live y tu uso de los materiales de autoaprendizaje. Juntas muestran cuánto has avanzado en tu experiencia con Twinning Live.

La participación se puntúa en cinco áreas: básico, comunicación, cooperación, red, y desarrollo profesional y calidad. Por ejemplo, completar tu perfil o añadir tu centro cuenta como básico; enviar mensajes o publicar en los foros, como comunicación; crear un proyecto o conseguir que un socio se una a él, como cooperación; hacer contactos o unirte a un grupo, como red; y participar en una formación, como desarrollo profesional y calidad.',
     null, null),
    ('1e570006-0000-4000-8000-000000000001', 'fr', 'Deux sources, cinq domaines',
     'Votre progression est alimentée par deux sources : votre participation sur Twinning Live et votre utilisation des ressources d’autoformation. Ensemble, elles montrent le chemin parcouru dans votre expérience Twinning Live.

La participation est notée dans cinq domaines : premiers pas, communication, coopération, réseau, et développement professionnel et qualité. Par exemple, compléter votre profil ou ajouter votre établissement compte pour les premiers pas ; envoyer des messages ou publier dans les forums, pour la communication ; créer un projet ou y accueillir un partenaire, pour la coopération ; nouer des contacts ou rejoindre un groupe, pour le réseau ; et participer à une formation, pour le développement professionnel et la qualité.',
     null, null),
    ('1e570006-0000-4000-8000-000000000001', 'de', 'Zwei Quellen, fünf Bereiche',
     'Ihr Fortschritt speist sich aus zwei Quellen: Ihrer Teilnahme an Twinning Live und Ihrer Nutzung der Selbstlernmaterialien. Zusammen zeigen sie, wie weit Sie mit Twinning Live gekommen sind.

Die Teilnahme wird in fünf Bereichen bewertet: Grundlagen, Kommunikation, Zusammenarbeit, Netzwerk sowie berufliche Entwicklung und Qualität. Zum Beispiel zählt es zu den Grundlagen, Ihr Profil zu vervollständigen oder Ihre Schule hinzuzufügen; Nachrichten zu senden oder in Foren zu schreiben zur Kommunikation; ein Projekt anzulegen oder einen Partner dafür zu gewinnen zur Zusammenarbeit; Kontakte zu knüpfen oder einer Gruppe beizutreten zum Netzwerk; und an einer Fortbildung teilzunehmen zur beruflichen Entwicklung und Qualität.',
     null, null),
    ('1e570006-0000-4000-8000-000000000002', 'es', 'Límites de cada tipo de acción',
     'Cada tipo de acción solo cuenta hasta un límite. Cuando ya has escrito, por ejemplo, cierto número de mensajes o de publicaciones en los foros, los siguientes ya no mueven tu barra. Para seguir progresando, prueba otro tipo de actividad.

Para ver las reglas, abre tu perfil y haz clic en el (?) junto a tu barra de progresión. La página que se abre explica qué acciones cuentan, cuántos puntos da cada una y cuántas de cada tipo se tienen en cuenta, y enlaza con los módulos de autoaprendizaje.',
     null, null),
    ('1e570006-0000-4000-8000-000000000002', 'fr', 'Des plafonds pour chaque type d’action',
     'Chaque type d’action ne compte que jusqu’à une limite. Une fois que vous avez, par exemple, écrit un certain nombre de messages ou de publications dans les forums, les suivants ne font plus avancer votre barre. Pour continuer à progresser, essayez un autre type d’activité.

Pour voir les règles, ouvrez votre profil et cliquez sur le (?) à côté de votre barre de progression. La page qui s’ouvre explique quelles actions comptent, combien de points chacune rapporte et combien de chaque type sont prises en compte, et elle renvoie aux modules d’autoformation.',
     null, null),
    ('1e570006-0000-4000-8000-000000000002', 'de', 'Obergrenzen für jede Art von Aktion',
     'Jede Art von Aktion zählt nur bis zu einer Obergrenze. Wenn Sie zum Beispiel eine bestimmte Zahl von Nachrichten oder Forenbeiträgen geschrieben haben, bewegen weitere Ihren Balken nicht mehr. Um weiter voranzukommen, probieren Sie eine andere Art von Aktivität aus.

Um die Regeln zu sehen, öffnen Sie Ihr Profil und klicken auf das (?) neben Ihrem Fortschrittsbalken. Die Seite, die sich öffnet, erklärt, welche Aktionen zählen, wie viele Punkte jede bringt und wie viele jeder Art zählen, und sie verweist auf die Selbstlernmodule.',
     null, null),
    ('1e570006-0000-4000-8000-000000000003', 'es', 'Quién ve tu barra, y cuándo cuenta el autoaprendizaje',
     'Tu barra de progresión es visible para cualquier persona que pueda ver tu perfil. Es una guía de tu propia actividad y muestra a los demás tu grado de implicación.

Cualquiera puede leer los módulos de autoaprendizaje, pero un módulo completado solo suma a tu progresión si lo terminas con la sesión iniciada en Twinning Live. Si hiciste un módulo sin iniciar sesión, inicia sesión y vuelve a completarlo. Cada módulo cuenta una sola vez, por muchas veces que lo completes.',
     null, null),
    ('1e570006-0000-4000-8000-000000000003', 'fr', 'Qui voit votre barre, et quand l’autoformation compte',
     'Votre barre de progression est visible par toute personne qui peut voir votre profil. C’est un repère de votre propre activité, qui montre aux autres votre degré d’implication.

Tout le monde peut lire les modules d’autoformation, mais un module terminé ne compte pour votre progression que si vous le terminez en étant connecté à Twinning Live. Si vous avez fait un module sans être connecté, connectez-vous et terminez-le à nouveau. Chaque module ne compte qu’une fois, quel que soit le nombre de fois où vous le terminez.',
     null, null),
    ('1e570006-0000-4000-8000-000000000003', 'de', 'Wer Ihren Balken sieht und wann Selbstlernen zählt',
     'Ihr Fortschrittsbalken ist für alle sichtbar, die Ihr Profil sehen können. Er ist ein Anhaltspunkt für Ihre eigene Aktivität und zeigt anderen, wie engagiert Sie sind.

Alle können die Selbstlernmodule lesen, doch ein abgeschlossenes Modul zählt nur dann für Ihren Fortschritt, wenn Sie es abschließen, während Sie bei Twinning Live angemeldet sind. Wenn Sie ein Modul ohne Anmeldung bearbeitet haben, melden Sie sich an und schließen Sie es noch einmal ab. Jedes Modul zählt einmal, egal wie oft Sie es abschließen.',
     null, null),
    ('1e570006-0000-4000-8000-000000000004', 'es', 'Comprueba lo que has aprendido',
     null,
     'Has completado un módulo de autoaprendizaje sin iniciar sesión. ¿Qué pasa con tu progresión?',
     'Se suma automáticamente la próxima vez que inicies sesión|Cuenta el doble cuando inicias sesión|Nada: un módulo solo cuenta si lo completas con la sesión iniciada|Se suma al área de comunicación'),
    ('1e570006-0000-4000-8000-000000000004', 'fr', 'Vérifiez ce que vous avez compris',
     null,
     'Vous avez terminé un module d’autoformation sans être connecté. Que devient votre progression ?',
     'Il est ajouté automatiquement à votre prochaine connexion|Il compte double une fois que vous êtes connecté|Rien : un module ne compte que si vous le terminez en étant connecté|Il est ajouté au domaine communication à la place'),
    ('1e570006-0000-4000-8000-000000000004', 'de', 'Prüfen Sie Ihr Verständnis',
     null,
     'Sie haben ein Selbstlernmodul abgeschlossen, ohne angemeldet zu sein. Was geschieht mit Ihrem Fortschritt?',
     'Es wird bei Ihrer nächsten Anmeldung automatisch gutgeschrieben|Es zählt doppelt, sobald Sie sich anmelden|Nichts: Ein Modul zählt nur, wenn Sie es angemeldet abschließen|Es wird stattdessen dem Bereich Kommunikation gutgeschrieben');
