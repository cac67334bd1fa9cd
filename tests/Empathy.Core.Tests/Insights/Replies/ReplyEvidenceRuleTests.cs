using Empathy.Core.Components;
using Empathy.Core.Insights;
using Empathy.Core.Insights.Replies;

namespace Empathy.Core.Tests.Insights.Replies;

/// <summary>
/// The reply evidence rules that need a frame around their words (a question to them, the end of a
/// first-person clause, the reply's opening) and the informal sympathy and warmth rules, each in
/// English and in Spanish.
/// </summary>
public class ReplyEvidenceRuleTests
{
    private static readonly ReplyCheck English = new();
    private static readonly ReplyCheck Spanish = new(new InsightOptions { Language = "es" });

    private static ReplyCheck For(string language) => language == "es" ? Spanish : English;

    [Theory]
    [InlineData("en", "Sorry man, that's a lot.")]
    [InlineData("en", "I feel so sorry for you.")]
    [InlineData("en", "*hug* that was hard")]
    [InlineData("en", "I feel you.")]
    [InlineData("es", "Uf, eso es muy duro.")]
    [InlineData("es", "Me da mucha tristeza leer esto.")]
    [InlineData("es", "Siento tu dolor.")]
    public void InformalSympathy_IsAffective(string language, string reply)
    {
        var result = For(language).Check(reply);

        Assert.Contains(EmpathyComponent.Affective, result.Components);
        Assert.Contains(result.Evidence, e => e.RuleId == "reply.affective");
    }

    [Theory]
    [InlineData("en", "I'm sorry for my bad English.")]
    [InlineData("en", "Sorry for the long post, I needed to write it down.")]
    [InlineData("en", "I just need a hug sometimes.")]
    [InlineData("es", "Lo siento por mi mal español.")]
    [InlineData("es", "Perdón por el rollo, necesitaba escribirlo.")]
    public void AnApologyOrOwnNeed_IsNotSympathy(string language, string reply) =>
        Assert.DoesNotContain(EmpathyComponent.Affective, For(language).Check(reply).Components);

    [Theory]
    [InlineData("en", "Congratulations, I'm so proud of you!")]
    [InlineData("en", "I hope you get some rest tonight.")]
    [InlineData("en", "You matter, please stay.")]
    [InlineData("es", "¡Enhorabuena! Estoy orgullosa de ti.")]
    [InlineData("es", "Espero que estés un poco mejor mañana.")]
    [InlineData("es", "Importas, no eres una carga.")]
    public void JoyOrWishesForThem_AreWarmth(string language, string reply)
    {
        var result = For(language).Check(reply);

        Assert.Contains(result.Evidence, e => e.RuleId == "reply.warmth" && e.Component == EmpathyComponent.Affective);
        Assert.False(result.IsDismissive);
    }

    [Theory]
    [InlineData("en", "Hope this helps.")]
    [InlineData("es", "Espero que te sirva.")]
    public void HopingOnesAdviceHelps_IsNotWarmth(string language, string reply) =>
        Assert.DoesNotContain(For(language).Check(reply).Evidence, e => e.RuleId == "reply.warmth");

    [Theory]
    [InlineData("en", "Nobody at school talks to me either.", "either")]
    [InlineData("en", "I lie awake at night as well.", "as well")]
    [InlineData("es", "A nadie le importo yo tampoco.", "tampoco")]
    [InlineData("es", "Por las noches me pasa igual", "igual")]
    public void EchoAtTheEndOfAFirstPersonClause_IsCognitive(string language, string reply, string phrase)
    {
        var result = For(language).Check(reply);

        var echo = Assert.Single(result.Evidence, e => e.RuleId == "reply.echo");
        Assert.Equal(EmpathyComponent.Cognitive, echo.Component);
        Assert.Equal(phrase, reply.Substring(echo.Start, echo.Length), ignoreCase: true);
    }

    [Theory]
    [InlineData("en", "That is too much for anyone.")]
    [InlineData("en", "Your sister called too.")]
    [InlineData("es", "Es demasiado para cualquiera, también para ti.")]
    public void EchoWordsWithoutAFirstPersonClause_AreNotEvidence(string language, string reply) =>
        Assert.DoesNotContain(For(language).Check(reply).Evidence, e => e.RuleId == "reply.echo");

    [Theory]
    [InlineData("en", "Same. Sundays are the worst for me.")]
    [InlineData("en", "I do. Every single morning.")]
    [InlineData("es", "Igual. Los domingos son lo peor.")]
    [InlineData("es", "Me identifico, de verdad.")]
    public void AgreementThatOpensTheReply_IsCognitive(string language, string reply) =>
        Assert.Contains(For(language).Check(reply).Evidence, e => e.RuleId == "reply.agreement" && e.Component == EmpathyComponent.Cognitive);

    // An opener set off by a comma reads as it does without the comma: "Oh, me too" is the agreement
    // "oh me too", not the self-focus "me too" of a reply that turns to itself.
    [Theory]
    [InlineData("en", "Oh, me too.", "oh me too")]
    [InlineData("en", "Yeah, same.", "yeah same")]
    [InlineData("en", "Oh my god, me too. What did you do then?", "oh my god me too")]
    [InlineData("es", "Sí, igual.", "si igual")]
    [InlineData("es", "Uf, yo también.", "uf yo tambien")]
    [InlineData("es", "Madre mía, te entiendo.", "madre mia te entiendo")]
    public void AgreementAfterAnOpenerAndAComma_ReadsAsWithoutTheComma(string language, string reply, string phrase)
    {
        var result = For(language).Check(reply);
        var withoutComma = For(language).Check(reply.Replace(",", "", StringComparison.Ordinal));

        var agreement = Assert.Single(result.Evidence, e => e.RuleId == "reply.agreement");
        Assert.Equal(phrase, agreement.Phrase);
        Assert.Equal(0, agreement.Start);
        Assert.False(result.IsDismissive);
        Assert.Equal(withoutComma.Components, result.Components);
        Assert.Equal(withoutComma.Findings.Select(f => f.RuleId), result.Findings.Select(f => f.RuleId));
    }

    [Theory]
    [InlineData("en", "Oh. Me too.")]
    [InlineData("en", "Well, same.")]
    [InlineData("es", "Ay. Yo también.")]
    [InlineData("es", "Bueno, igual.")]
    public void AnOpenerEndingItsSentenceOrAWordInside_IsNotJoined(string language, string reply) =>
        Assert.DoesNotContain(For(language).Check(reply).Evidence, e => e.RuleId == "reply.agreement" && e.Start == 0);

    [Theory]
    [InlineData("en", "I think it is the same for everyone, same as always.")]
    [InlineData("es", "Creo que es igual para todos.")]
    public void AgreementWordsInsideTheReply_AreNotAnOpening(string language, string reply) =>
        Assert.DoesNotContain(For(language).Check(reply).Evidence, e => e.RuleId == "reply.agreement");

    [Theory]
    [InlineData("en", "Nobody notices me either. Me too. Anyway, let me tell you about my week.")]
    [InlineData("es", "A mí tampoco. Déjame contarte lo de mi semana.")]
    public void SharedExperienceBesideOwnStory_IsNotUnderstanding(string language, string reply)
    {
        var result = For(language).Check(reply);

        Assert.Contains(result.Findings, f => f.RuleId == "reply.self-focus");
        Assert.DoesNotContain(EmpathyComponent.Cognitive, result.Components);
        Assert.True(result.IsDismissive);
    }

    [Theory]
    [InlineData("en", "People hardly notice me too")]
    [InlineData("es", "Los lunes me cuestan mucho a mí también")]
    public void SharedExperienceThatClosesTheReply_IsAnEchoNotSelfFocus(string language, string reply)
    {
        var result = For(language).Check(reply);

        Assert.DoesNotContain(result.Findings, f => f.RuleId == "reply.self-focus");
        Assert.Contains(EmpathyComponent.Cognitive, result.Components);
    }

    [Theory]
    [InlineData("en", "You have no one to talk to?", "You")]
    [InlineData("en", "And how are your lungs now?", "your")]
    [InlineData("es", "¿Tienes miedo de volver a casa?", "Tienes")]
    [InlineData("es", "¿Tu hermana lo sabe ya?", "Tu")]
    public void AQuestionToThem_IsAnExploringMove(string language, string reply, string words)
    {
        var result = For(language).Check(reply);

        Assert.True(result.Explores);
        var move = Assert.Single(result.Exploring);
        Assert.Equal("reply.asking-about-them", move.RuleId);
        Assert.Equal(words, reply.Substring(move.Start, move.Length));
    }

    [Theory]
    [InlineData("en", "Have you tried yoga?", "reply.fixing")]
    [InlineData("en", "Why don't you just tell your boss?", "reply.fixing")]
    [InlineData("es", "¿Has probado el yoga?", "reply.fixing")]
    [InlineData("es", "¿Por qué no se lo dices a tu jefe?", "reply.fixing")]
    public void AQuestionThatCarriesAFix_IsNotExploring(string language, string reply, string ruleId)
    {
        var result = For(language).Check(reply);

        Assert.False(result.Explores);
        Assert.Contains(result.Findings, f => f.RuleId == ruleId);
        Assert.True(result.IsDismissive);
    }

    [Theory]
    [InlineData("en", "You know, I think you're right.")]
    [InlineData("en", "Thank you for telling me.")]
    [InlineData("en", "Can you imagine?")]
    [InlineData("es", "¿Te imaginas?")]
    [InlineData("es", "Tienes razón.")]
    public void YouOutsideAQuestionToThem_IsNotExploring(string language, string reply) =>
        Assert.False(For(language).Check(reply).Explores);

    [Theory]
    [InlineData("en", "I'm so sorry you're feeling this way.")]
    [InlineData("en", "Sorry to hear you are going through that.")]
    public void SympathyForWhatTheyFeel_IsAffectiveNotAnInterpretation(string language, string reply)
    {
        var result = For(language).Check(reply);

        Assert.Equal([EmpathyComponent.Affective], result.Components);
    }

    [Theory]
    [InlineData("en", "Why do you feel like you're unlovable?")]
    [InlineData("en", "When you feel like that, what helps?")]
    public void FeelLikeInAQuestionOrCondition_IsNotAReflection(string language, string reply) =>
        Assert.DoesNotContain(For(language).Check(reply).Evidence, e => e.RuleId == "reply.cognitive");

    [Fact]
    public void ContractionBeforeTheQuestionMark_IsReadWithoutError()
    {
        // "you're" is read as two words with one span; the question mark after it is still found.
        var result = English.Check("So you're moving out?");

        Assert.True(result.Explores);
    }

    [Theory]
    [InlineData("en", "I can see why you'd be furious after that.", "I can see why")]
    [InlineData("en", "It makes sense that you're tired of asking.", "It makes sense that you")]
    [InlineData("en", "Anyone in your place would be scared.", "Anyone in your")]
    [InlineData("en", "What you describe sounds like burnout, not laziness.", "What you describe")]
    [InlineData("en", "You seem really worn down lately.", "You seem")]
    [InlineData("en", "You're not alone in feeling this.", "You're not alone in")]
    [InlineData("es", "Entiendo por qué estás tan enfadada.", "Entiendo por qué")]
    [InlineData("es", "Tiene sentido que no quieras volver.", "Tiene sentido que")]
    [InlineData("es", "Cualquiera en tu lugar estaría asustado.", "Cualquiera en tu lugar")]
    [InlineData("es", "Lo que describes es agotamiento, no pereza.", "Lo que describes")]
    [InlineData("es", "Pareces muy cansado últimamente.", "Pareces")]
    public void NamingWhatTheyGoThrough_IsCognitive(string language, string reply, string words)
    {
        var result = For(language).Check(reply);

        // A contraction keeps its span whole ("you're"), and two phrases may share the words.
        Assert.Contains(result.Evidence, e => e.RuleId == "reply.cognitive"
            && reply.Substring(e.Start, e.Length).StartsWith(words, StringComparison.OrdinalIgnoreCase));
        Assert.False(result.IsDismissive);
    }

    [Theory]
    [InlineData("en", "If I were in your shoes, I would quit tomorrow.")]
    [InlineData("en", "In your position I would call a lawyer.")]
    [InlineData("es", "Yo en tu lugar lo dejaría mañana.")]
    [InlineData("es", "Si yo estuviera en tu lugar, llamaría a un abogado.")]
    public void AdviceFromTheirPlace_IsNotUnderstanding(string language, string reply) =>
        Assert.DoesNotContain(EmpathyComponent.Cognitive, For(language).Check(reply).Components);

    [Theory]
    [InlineData("en", "I feel this way too, most mornings.")]
    [InlineData("en", "I know only too well what you mean, believe me.")]
    [InlineData("en", "I'm there with you, honestly.")]
    [InlineData("en", "I have thought like that for a long time.")]
    [InlineData("es", "Sé perfectamente lo que quieres decir.")]
    [InlineData("es", "Me siento así muchas mañanas.")]
    [InlineData("es", "Conozco ese dolor.")]
    public void SharedExperienceThatNamesTheirs_IsUnderstanding(string language, string reply)
    {
        var result = For(language).Check(reply);

        Assert.Contains(result.Evidence, e => e.RuleId == "reply.shared-experience" && e.Component == EmpathyComponent.Cognitive);
        Assert.Empty(result.Findings);
    }

    [Theory]
    [InlineData("en", "I feel this way too. Anyway, guess what happened at work today.")]
    [InlineData("es", "Yo también me siento así. Por cierto, déjame contarte lo de mi semana.")]
    public void SharedExperienceThatNamesTheirs_BesideOwnStory_IsStillSelfFocus(string language, string reply)
    {
        var result = For(language).Check(reply);

        Assert.DoesNotContain(EmpathyComponent.Cognitive, result.Components);
        Assert.Contains(result.Findings, f => f.RuleId == "reply.self-focus");
        Assert.True(result.IsDismissive);
    }

    [Theory]
    [InlineData("en", "I've never felt like that, to be honest.")]
    [InlineData("en", "You shouldn't feel that way.")]
    [InlineData("es", "Nunca me he sentido así.")]
    [InlineData("es", "Yo no me siento así.")]
    public void NotFeelingTheSame_IsNotSharedExperience(string language, string reply) =>
        Assert.DoesNotContain(For(language).Check(reply).Evidence, e => e.RuleId == "reply.shared-experience");

    [Theory]
    [InlineData("en", "We don't know what you're going through, so we won't judge.")]
    [InlineData("en", "Some days you're going through the motions.")]
    [InlineData("es", "No entiendo por qué estás así.")]
    [InlineData("es", "No sé lo que quieres decir.")]
    [InlineData("es", "No tiene sentido que te enfades.")]
    public void UnderstandingDeniedOrAnIdiom_IsNotCognitive(string language, string reply) =>
        Assert.DoesNotContain(EmpathyComponent.Cognitive, For(language).Check(reply).Components);

    [Theory]
    [InlineData("en", "Awesome! You finally did it.")]
    [InlineData("en", "Good for you.")]
    [InlineData("en", "Oh amazing, when do you start?")]
    [InlineData("es", "¡Genial! Por fin lo has conseguido.")]
    [InlineData("es", "Bien por ti.")]
    [InlineData("es", "Ay qué bien, ¿cuándo empiezas?")]
    public void AWordOfJoyThatOpensTheReply_IsAffective(string language, string reply)
    {
        var result = For(language).Check(reply);

        Assert.Contains(result.Evidence, e => e.RuleId == "reply.warm-opening" && e.Component == EmpathyComponent.Affective);
        Assert.False(result.IsDismissive);
    }

    [Theory]
    [InlineData("en", "Amazing how fast the week went.")]
    [InlineData("en", "It was awesome at the concert.")]
    [InlineData("es", "Qué bien se está aquí.")]
    [InlineData("es", "Fue genial el concierto.")]
    public void AWordOfJoyInsideASentence_IsNotAWarmOpening(string language, string reply) =>
        Assert.DoesNotContain(For(language).Check(reply).Evidence, e => e.RuleId == "reply.warm-opening");
}
