/**
 */
package ssiplan.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Utility Lpar Maintenance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Service a production member using a spare (utility) LPAR: IPL the utility member, move the production member's work there, re-IPL the production member with service, move the work back, release the utility LPAR.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.UtilityLparMaintenance#getProductionMember <em>Production Member</em>}</li>
 *   <li>{@link ssiplan.model.UtilityLparMaintenance#getUtilityMember <em>Utility Member</em>}</li>
 *   <li>{@link ssiplan.model.UtilityLparMaintenance#getTargetServiceLevel <em>Target Service Level</em>}</li>
 *   <li>{@link ssiplan.model.UtilityLparMaintenance#isReleaseUtilityLpar <em>Release Utility Lpar</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getUtilityLparMaintenance()
 * @model
 * @generated
 */
public interface UtilityLparMaintenance extends Scenario {
	/**
	 * Returns the value of the '<em><b>Production Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member to service.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Production Member</em>' reference.
	 * @see #setProductionMember(Member)
	 * @see ssiplan.model.SsiplanPackage#getUtilityLparMaintenance_ProductionMember()
	 * @model
	 * @generated
	 */
	Member getProductionMember();

	/**
	 * Sets the value of the '{@link ssiplan.model.UtilityLparMaintenance#getProductionMember <em>Production Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Production Member</em>' reference.
	 * @see #getProductionMember()
	 * @generated
	 */
	void setProductionMember(Member value);

	/**
	 * Returns the value of the '<em><b>Utility Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The normally-down member in the spare LPAR that takes the work meanwhile.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Utility Member</em>' reference.
	 * @see #setUtilityMember(Member)
	 * @see ssiplan.model.SsiplanPackage#getUtilityLparMaintenance_UtilityMember()
	 * @model
	 * @generated
	 */
	Member getUtilityMember();

	/**
	 * Sets the value of the '{@link ssiplan.model.UtilityLparMaintenance#getUtilityMember <em>Utility Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Utility Member</em>' reference.
	 * @see #getUtilityMember()
	 * @generated
	 */
	void setUtilityMember(Member value);

	/**
	 * Returns the value of the '<em><b>Target Service Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CP level the production member is IPLed at.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Service Level</em>' attribute.
	 * @see #setTargetServiceLevel(String)
	 * @see ssiplan.model.SsiplanPackage#getUtilityLparMaintenance_TargetServiceLevel()
	 * @model
	 * @generated
	 */
	String getTargetServiceLevel();

	/**
	 * Sets the value of the '{@link ssiplan.model.UtilityLparMaintenance#getTargetServiceLevel <em>Target Service Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Service Level</em>' attribute.
	 * @see #getTargetServiceLevel()
	 * @generated
	 */
	void setTargetServiceLevel(String value);

	/**
	 * Returns the value of the '<em><b>Release Utility Lpar</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Shut the utility member down again at the end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Release Utility Lpar</em>' attribute.
	 * @see #setReleaseUtilityLpar(boolean)
	 * @see ssiplan.model.SsiplanPackage#getUtilityLparMaintenance_ReleaseUtilityLpar()
	 * @model default="true"
	 * @generated
	 */
	boolean isReleaseUtilityLpar();

	/**
	 * Sets the value of the '{@link ssiplan.model.UtilityLparMaintenance#isReleaseUtilityLpar <em>Release Utility Lpar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Release Utility Lpar</em>' attribute.
	 * @see #isReleaseUtilityLpar()
	 * @generated
	 */
	void setReleaseUtilityLpar(boolean value);

} // UtilityLparMaintenance
