/**
 */
package ssiplan.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import ssiplan.model.ChannelPath;
import ssiplan.model.ChannelPathType;
import ssiplan.model.FiconSpeed;
import ssiplan.model.SsiplanPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Channel Path</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.impl.ChannelPathImpl#getChpid <em>Chpid</em>}</li>
 *   <li>{@link ssiplan.model.impl.ChannelPathImpl#getType <em>Type</em>}</li>
 *   <li>{@link ssiplan.model.impl.ChannelPathImpl#getSpeed <em>Speed</em>}</li>
 *   <li>{@link ssiplan.model.impl.ChannelPathImpl#getPchid <em>Pchid</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChannelPathImpl extends EObjectImpl implements ChannelPath {
	/**
	 * The default value of the '{@link #getChpid() <em>Chpid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChpid()
	 * @generated
	 * @ordered
	 */
	protected static final String CHPID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChpid() <em>Chpid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChpid()
	 * @generated
	 * @ordered
	 */
	protected String chpid = CHPID_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final ChannelPathType TYPE_EDEFAULT = ChannelPathType.FC;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected ChannelPathType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpeed() <em>Speed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeed()
	 * @generated
	 * @ordered
	 */
	protected static final FiconSpeed SPEED_EDEFAULT = FiconSpeed.EXPRESS2;

	/**
	 * The cached value of the '{@link #getSpeed() <em>Speed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpeed()
	 * @generated
	 * @ordered
	 */
	protected FiconSpeed speed = SPEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPchid() <em>Pchid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPchid()
	 * @generated
	 * @ordered
	 */
	protected static final String PCHID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPchid() <em>Pchid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPchid()
	 * @generated
	 * @ordered
	 */
	protected String pchid = PCHID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChannelPathImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SsiplanPackage.Literals.CHANNEL_PATH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChpid() {
		return chpid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChpid(String newChpid) {
		String oldChpid = chpid;
		chpid = newChpid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.CHANNEL_PATH__CHPID, oldChpid, chpid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelPathType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(ChannelPathType newType) {
		ChannelPathType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.CHANNEL_PATH__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FiconSpeed getSpeed() {
		return speed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpeed(FiconSpeed newSpeed) {
		FiconSpeed oldSpeed = speed;
		speed = newSpeed == null ? SPEED_EDEFAULT : newSpeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.CHANNEL_PATH__SPEED, oldSpeed, speed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPchid() {
		return pchid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPchid(String newPchid) {
		String oldPchid = pchid;
		pchid = newPchid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SsiplanPackage.CHANNEL_PATH__PCHID, oldPchid, pchid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SsiplanPackage.CHANNEL_PATH__CHPID:
				return getChpid();
			case SsiplanPackage.CHANNEL_PATH__TYPE:
				return getType();
			case SsiplanPackage.CHANNEL_PATH__SPEED:
				return getSpeed();
			case SsiplanPackage.CHANNEL_PATH__PCHID:
				return getPchid();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SsiplanPackage.CHANNEL_PATH__CHPID:
				setChpid((String)newValue);
				return;
			case SsiplanPackage.CHANNEL_PATH__TYPE:
				setType((ChannelPathType)newValue);
				return;
			case SsiplanPackage.CHANNEL_PATH__SPEED:
				setSpeed((FiconSpeed)newValue);
				return;
			case SsiplanPackage.CHANNEL_PATH__PCHID:
				setPchid((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SsiplanPackage.CHANNEL_PATH__CHPID:
				setChpid(CHPID_EDEFAULT);
				return;
			case SsiplanPackage.CHANNEL_PATH__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case SsiplanPackage.CHANNEL_PATH__SPEED:
				setSpeed(SPEED_EDEFAULT);
				return;
			case SsiplanPackage.CHANNEL_PATH__PCHID:
				setPchid(PCHID_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SsiplanPackage.CHANNEL_PATH__CHPID:
				return CHPID_EDEFAULT == null ? chpid != null : !CHPID_EDEFAULT.equals(chpid);
			case SsiplanPackage.CHANNEL_PATH__TYPE:
				return type != TYPE_EDEFAULT;
			case SsiplanPackage.CHANNEL_PATH__SPEED:
				return speed != SPEED_EDEFAULT;
			case SsiplanPackage.CHANNEL_PATH__PCHID:
				return PCHID_EDEFAULT == null ? pchid != null : !PCHID_EDEFAULT.equals(pchid);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (chpid: ");
		result.append(chpid);
		result.append(", type: ");
		result.append(type);
		result.append(", speed: ");
		result.append(speed);
		result.append(", pchid: ");
		result.append(pchid);
		result.append(')');
		return result.toString();
	}

} //ChannelPathImpl
