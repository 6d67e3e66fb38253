using Caf.Accompagnement.Droits;
using Caf.Accompagnement.Ruptures;
using NodaTime;

namespace Caf.Accompagnement.Tests.Droits;

public sealed class CodesRsaTest
{
    private static readonly LocalDate Reference = new(2022, 6, 30);

    [Fact]
    public void Etats_rsa_codes_0_a_6_et_ordre_de_detection_de_la_Caf()
    {
        Assert.Equal(["0", "1", "2", "3", "4", "5", "6"], EtatDossierRsa.Toutes.Select(e => e.Code));
        Assert.Equal(["0", "1", "5", "3", "4", "2", "6"], EtatDossierRsa.OrdreDeDetection.Select(e => e.Code));
        Assert.Equal(Enumerable.Range(0, 7), EtatDossierRsa.OrdreDeDetection.Select(e => e.RangDeDetection));
    }

    public static TheoryData<string> CodesDansLOrdre => ["0", "1", "5", "3", "4", "2", "6"];

    [Theory]
    [MemberData(nameof(CodesDansLOrdre))]
    public void Etat_retenu_le_premier_dans_l_ordre_de_detection(string code)
    {
        var etat = EtatDossierRsa.FromCode(code);
        var rang = EtatDossierRsa.OrdreDeDetection.ToList().IndexOf(etat);

        // Tous les états qui suivent dans l'ordre de détection, présentés à l'envers, plus l'état lui-même en dernier.
        var rapportes = EtatDossierRsa.OrdreDeDetection.Skip(rang + 1).Reverse().Append(etat).ToList();

        Assert.Same(etat, EtatDossierRsa.Retenir(rapportes));
        if (rang > 0)
        {
            Assert.Same(EtatDossierRsa.OrdreDeDetection[rang - 1], EtatDossierRsa.Retenir(rapportes.Append(EtatDossierRsa.OrdreDeDetection[rang - 1])));
        }
    }

    [Fact]
    public void Retenir_sans_etat_est_une_erreur_de_programmation() =>
        Assert.Throws<ArgumentException>(() => EtatDossierRsa.Retenir([]));

    /// <summary>Chaque code ETATDOSRSA, dans l'ordre de détection, avec le motif qui peut l'accompagner et le signal attendu.</summary>
    public static TheoryData<string, string?, string?, string?> SignalParEtat => new()
    {
        { "0", null, null, null },
        { "1", null, null, null },
        { "5", null, "ECH", PublicRuptureConsommee.CodePublic },
        { "5", null, "MUT", null },
        { "3", "06", null, PublicSuspensionPieceManquante.CodePublic },
        { "3", "01", null, null },
        { "4", "06", null, PublicSuspensionPieceManquante.CodePublic },
        { "4", "36", null, PublicSuspensionPieceManquante.CodePublic },
        { "4", "05", null, null },
        { "2", null, null, null },
        { "6", null, "ECH", PublicRuptureConsommee.CodePublic },
        { "6", null, "RFD", null },
    };

    [Theory]
    [MemberData(nameof(SignalParEtat))]
    public void Chaque_etat_rsa_donne_son_signal(string etat, string? suspension, string? cloture, string? publicAttendu)
    {
        var foyer = FoyersDeTest.Builder()
            .AvecDroitRsa(
                EtatDossierRsa.FromCode(etat),
                Reference.PlusDays(-20),
                suspension is null ? null : MotifSuspensionRsa.FromCode(suspension),
                cloture is null ? null : MotifClotureRsa.FromCode(cloture))
            .Valide();

        var detection = new DetecteurDeRuptures(CatalogueDesPublics.ParDefaut(), PolitiqueDeCampagne.ParDefaut).Detecter(foyer, Reference);

        Assert.Equal(publicAttendu is null ? [] : [publicAttendu], detection.Signaux.Select(s => s.CodePublic));
    }

    [Fact]
    public void Motifs_de_suspension_tous_les_codes_et_ceux_qui_portent_sur_une_piece()
    {
        Assert.Equal(
            ["01", "02", "03", "04", "05", "06", "09", "19", "31", "34", "35", "36", "44", "70", "78", "84", "85", "97", "AB", "CV", "CZ", "DA", "DB", "DC"],
            MotifSuspensionRsa.Toutes.Select(m => m.Code));
        Assert.Equal(["06", "35", "36"], MotifSuspensionRsa.Toutes.Where(m => m.PorteSurUnePiece).Select(m => m.Code));
    }

    [Fact]
    public void Motifs_de_cloture_tous_les_codes_et_ECH_seul_absence_de_droit()
    {
        Assert.Equal(["PCG", "ECH", "EFF", "MUT", "RGD", "RFD", "RAU", "RST", "RSO"], MotifClotureRsa.Toutes.Select(m => m.Code));
        Assert.Equal(["ECH"], MotifClotureRsa.Toutes.Where(m => m.EstAbsenceDeDroit).Select(m => m.Code));
    }

    [Fact]
    public void Code_inconnu_rapporte_une_erreur_stable()
    {
        var r = EtatDossierRsa.Create("7", "ETATDOSRSA");
        Assert.False(r.Reussi);
        Assert.Equal("code.inconnu", r.Erreurs[0].Code);
        Assert.Equal("ETATDOSRSA", r.Erreurs[0].Champ);
        Assert.True(MotifSuspensionRsa.TryFromCode(" 06 ", out var m));
        Assert.Same(MotifSuspensionRsa.DeclarationTrimestrielleNonFournie, m);
    }
}
