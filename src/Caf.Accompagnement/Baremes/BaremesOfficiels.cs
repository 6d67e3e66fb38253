using NodaTime;

namespace Caf.Accompagnement.Baremes;

/// <summary>
/// Les barèmes nationaux officiels embarqués : SMIC horaire et mensuel brut, seuil de pauvreté, montant forfaitaire
/// de base du RSA. Chaque valeur porte le texte qui la fixe.
/// </summary>
/// <remarks>
/// <para>SMIC : décrets et arrêtés de relèvement, tels que repris par OpenFisca-France
/// (<c>parameters/marche_travail/salaire_minimum/smic/smic_b_horaire.yaml</c> et <c>smic_b_mensuel.yaml</c>). Le SMIC
/// mensuel est la valeur publiée (horaire × 35 × 52 / 12, arrondie par le texte), jamais recalculée : 11,88 × 151,67
/// donne 1 801,84 € alors que la valeur officielle est 1 801,80 €.</para>
/// <para>La valeur du 01/06/2026 (12,31 € ; 1 867,02 €, arrêté du 22 mai 2026) est celle qu'enregistre
/// OpenFisca-France, à confirmer au Journal officiel ; un organisme peut la remplacer par <see cref="Bareme{T}.Charger(string, TextReader, Func{string, Resultat{T}}, LocalDate?)"/>
/// ou <see cref="JeuDeBaremes"/>.</para>
/// <para>Seuil de pauvreté : Insee, 60 % du niveau de vie médian, par mois, France métropolitaine, enquêtes Revenus
/// fiscaux et sociaux ; la valeur d'une année s'applique du 1er janvier de cette année. L'année 2020 n'est pas
/// renseignée : la valeur 2019 reste appliquée jusqu'au 31/12/2020.</para>
/// <para>RSA : montant forfaitaire pour une personne seule, revalorisé chaque 1er avril (CASF L262-2, CSS L161-25) ;
/// OpenFisca-France <c>rsa_m/montant_de_base_du_rsa.yaml</c>.</para>
/// </remarks>
public static class BaremesOfficiels
{
    /// <summary>SMIC horaire brut, en euros.</summary>
    public static Bareme<decimal> SmicHoraire { get; } = Bareme<decimal>.FromValeurs(
        "SMIC horaire brut",
        new(new LocalDate(2019, 1, 1), 10.03m, "Décret n° 2018-1173 du 19 décembre 2018"),
        new(new LocalDate(2020, 1, 1), 10.15m, "Décret n° 2019-1387 du 18 décembre 2019"),
        new(new LocalDate(2021, 1, 1), 10.25m, "Décret n° 2020-1598 du 16 décembre 2020"),
        new(new LocalDate(2021, 10, 1), 10.48m, "Arrêté du 27 septembre 2021 relatif au relèvement du salaire minimum de croissance"),
        new(new LocalDate(2022, 1, 1), 10.57m, "Décret n° 2021-1741 du 22 décembre 2021"),
        new(new LocalDate(2022, 5, 1), 10.85m, "Arrêté du 29 avril 2022 relatif au relèvement du salaire minimum de croissance"),
        new(new LocalDate(2022, 8, 1), 11.07m, "Arrêté du 29 juillet 2022 relatif au relèvement du salaire minimum de croissance"),
        new(new LocalDate(2023, 1, 1), 11.27m, "Décret n° 2022-1608 du 22 décembre 2022"),
        new(new LocalDate(2023, 5, 1), 11.52m, "Arrêté du 26 avril 2023 relatif au relèvement du salaire minimum de croissance"),
        new(new LocalDate(2024, 1, 1), 11.65m, "Décret n° 2023-1216 du 20 décembre 2023"),
        new(new LocalDate(2024, 11, 1), 11.88m, "Décret n° 2024-951 du 23 octobre 2024"),
        new(new LocalDate(2026, 1, 1), 12.02m, "Décret n° 2025-1228 du 17 décembre 2025"),
        new(new LocalDate(2026, 6, 1), 12.31m, "Arrêté du 22 mai 2026 relatif au relèvement du salaire minimum de croissance (valeur OpenFisca-France, à confirmer)"));

    /// <summary>SMIC mensuel brut pour 151,67 heures, valeur publiée.</summary>
    public static Bareme<Montant> SmicMensuel { get; } = Bareme<Montant>.FromValeurs(
        "SMIC mensuel brut",
        new(new LocalDate(2019, 1, 1), Montant.FromEuros(1521.22m), "Décret n° 2018-1173 du 19 décembre 2018"),
        new(new LocalDate(2020, 1, 1), Montant.FromEuros(1539.42m), "Décret n° 2019-1387 du 18 décembre 2019"),
        new(new LocalDate(2021, 1, 1), Montant.FromEuros(1554.58m), "Décret n° 2020-1598 du 16 décembre 2020"),
        new(new LocalDate(2021, 10, 1), Montant.FromEuros(1589.47m), "Arrêté du 27 septembre 2021 relatif au relèvement du salaire minimum de croissance"),
        new(new LocalDate(2022, 1, 1), Montant.FromEuros(1603.12m), "Décret n° 2021-1741 du 22 décembre 2021"),
        new(new LocalDate(2022, 5, 1), Montant.FromEuros(1645.58m), "Arrêté du 29 avril 2022 relatif au relèvement du salaire minimum de croissance"),
        new(new LocalDate(2022, 8, 1), Montant.FromEuros(1678.95m), "Arrêté du 29 juillet 2022 relatif au relèvement du salaire minimum de croissance"),
        new(new LocalDate(2023, 1, 1), Montant.FromEuros(1709.28m), "Décret n° 2022-1608 du 22 décembre 2022"),
        new(new LocalDate(2023, 5, 1), Montant.FromEuros(1747.20m), "Arrêté du 26 avril 2023 relatif au relèvement du salaire minimum de croissance"),
        new(new LocalDate(2024, 1, 1), Montant.FromEuros(1766.92m), "Décret n° 2023-1216 du 20 décembre 2023"),
        new(new LocalDate(2024, 11, 1), Montant.FromEuros(1801.80m), "Décret n° 2024-951 du 23 octobre 2024"),
        new(new LocalDate(2026, 1, 1), Montant.FromEuros(1823.03m), "Décret n° 2025-1228 du 17 décembre 2025"),
        new(new LocalDate(2026, 6, 1), Montant.FromEuros(1867.02m), "Arrêté du 22 mai 2026 relatif au relèvement du salaire minimum de croissance (valeur OpenFisca-France, à confirmer)"));

    /// <summary>Seuil de pauvreté mensuel (60 % du niveau de vie médian), France métropolitaine.</summary>
    public static Bareme<Montant> SeuilDePauvrete { get; } = Bareme<Montant>.FromValeurs(
        "Seuil de pauvreté mensuel à 60 %",
        new(new LocalDate(2019, 1, 1), Montant.FromEuros(1102m), "Insee, enquête Revenus fiscaux et sociaux 2019"),
        new(new LocalDate(2021, 1, 1), Montant.FromEuros(1158m), "Insee, enquête Revenus fiscaux et sociaux 2021"),
        new(new LocalDate(2022, 1, 1), Montant.FromEuros(1216m), "Insee, enquête Revenus fiscaux et sociaux 2022"),
        new(new LocalDate(2023, 1, 1), Montant.FromEuros(1288m), "Insee, enquête Revenus fiscaux et sociaux 2023"));

    /// <summary>Montant forfaitaire de base du RSA pour une personne seule sans enfant.</summary>
    public static Bareme<Montant> RsaMontantDeBase { get; } = Bareme<Montant>.FromValeurs(
        "Montant forfaitaire de base du RSA",
        new(new LocalDate(2022, 4, 1), Montant.FromEuros(575.52m), "Revalorisation au 1er avril 2022 (CSS L161-25)"),
        new(new LocalDate(2022, 7, 1), Montant.FromEuros(598.54m), "Loi n° 2022-1158 du 16 août 2022, revalorisation anticipée de 4 %"),
        new(new LocalDate(2023, 4, 1), Montant.FromEuros(607.75m), "Revalorisation au 1er avril 2023 (CSS L161-25)"),
        new(new LocalDate(2024, 4, 1), Montant.FromEuros(635.71m), "Revalorisation au 1er avril 2024 (CSS L161-25)"),
        new(new LocalDate(2025, 4, 1), Montant.FromEuros(646.52m), "Revalorisation au 1er avril 2025 (CSS L161-25)"),
        new(new LocalDate(2026, 4, 1), Montant.FromEuros(651.69m), "Revalorisation au 1er avril 2026 (CSS L161-25)"));

    /// <summary>Le barème des sanctions du RSA : voir <see cref="Contrats.Sanctions.BaremeOfficiel"/>, qui le porte désormais.</summary>
    [Obsolete("Utiliser Sanctions.BaremeOfficiel (Caf.Accompagnement.Contrats) : les barèmes ne dépendent plus des contrats. Retiré en 0.3.0.")]
    public static Bareme<Contrats.BaremeDeSanction> Sanctions => Contrats.Sanctions.BaremeOfficiel;

    /// <summary>Le jeu complet des barèmes officiels.</summary>
    public static JeuDeBaremes Jeu { get; } = new(SmicHoraire, SmicMensuel, SeuilDePauvrete, RsaMontantDeBase);
}
